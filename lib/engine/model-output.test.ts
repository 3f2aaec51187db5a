import Ajv from "ajv";
import OpenAI from "openai";
import type {
  ResponseOutputMessage,
  ResponseReasoningItem,
} from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import {
  createTestEngine,
  field,
  isRecord,
  messageText,
  postJson,
} from "./testing/engine-client";
import { LONG_TEXT, firstMessage } from "./testing/fixtures";

const te = createTestEngine();
const { client } = te;

describe("directives", () => {
  it("/refuse answers with a refusal content part", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "Do something bad /refuse",
    });
    expect(response.status).toBe("completed");
    const message = firstMessage(response.output);
    const part = message.content[0];
    expect(part?.type).toBe("refusal");
    if (part?.type === "refusal")
      expect(part.refusal.length).toBeGreaterThan(0);
  });

  it.each([1, 7, 50])(
    "/words %i answers with exactly that many words",
    async (n) => {
      const response = await client.responses.create({
        model: "local-echo",
        input: `Tell me a story /words ${n}`,
      });
      const words = messageText(response)
        .split(/\s+/)
        .filter((word) => word.length > 0);
      expect(words).toHaveLength(n);
    },
  );

  it("/markdown answers with headings, a table and fenced code", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "Show formatting /markdown",
    });
    const text = response.output_text;
    expect(text).toMatch(/^#{1,6} \S/m);
    expect(text).toMatch(/^\|.*\|\s*$/m);
    expect(text).toMatch(/^\|\s*:?-{3,}/m);
    expect(text).toMatch(/^```/m);
  });

  it.each([
    [429, OpenAI.RateLimitError],
    [500, OpenAI.InternalServerError],
  ])(
    "/http %i throws the matching SDK error without retries",
    async (status, errorClass) => {
      const retrying = te.clientWithRetries(3);
      const before = te.requestCount();
      const error: unknown = await retrying.responses
        .create({ model: "local-echo", input: `/http ${status}` })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(errorClass);
      if (error instanceof OpenAI.APIError) expect(error.status).toBe(status);
      expect(te.requestCount() - before).toBe(1);
    },
  );

  it.each([429, 500])(
    "/http %i sends x-should-retry: false and an error envelope",
    async (status) => {
      const res = await postJson(te, "/v1/responses", {
        model: "local-echo",
        input: `/http ${status}`,
      });
      expect(res.status).toBe(status);
      expect(res.headers.get("x-should-retry")).toBe("false");
      expect(res.headers.get("x-request-id")).toBeTruthy();
      const body: unknown = await res.json();
      expect(isRecord(body) && isRecord(body.error)).toBe(true);
    },
  );

  it("max_output_tokens cuts a long answer: status incomplete", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: LONG_TEXT,
      max_output_tokens: 16,
    });
    expect(response.status).toBe("incomplete");
    expect(response.incomplete_details?.reason).toBe("max_output_tokens");
    expect(response.usage?.output_tokens).toBeLessThanOrEqual(16);
    expect(response.max_output_tokens).toBe(16);
    const last = response.output.at(-1);
    expect(last?.type === "message" ? last.status : undefined).toBe(
      "incomplete",
    );
  });
});

describe("structured outputs", () => {
  const ajv = new Ajv({ strict: false });

  it("text.format json_schema: output_text is JSON valid against the schema", async () => {
    const schema = {
      type: "object",
      properties: {
        name: { type: "string" },
        age: { type: "integer", minimum: 0 },
        tags: { type: "array", items: { type: "string" } },
        kind: { type: "string", enum: ["cat", "dog"] },
        address: {
          type: "object",
          properties: {
            city: { type: "string" },
            zip: { type: ["string", "null"] },
          },
          required: ["city", "zip"],
          additionalProperties: false,
        },
      },
      required: ["name", "age", "tags", "kind", "address"],
      additionalProperties: false,
    };
    const response = await client.responses.create({
      model: "local-echo",
      input: "Describe a pet",
      text: {
        format: { type: "json_schema", name: "pet", schema, strict: true },
      },
    });
    expect(response.status).toBe("completed");
    const parsed: unknown = JSON.parse(response.output_text);
    const validate = ajv.compile(schema);
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    const format = response.text?.format;
    expect(format?.type).toBe("json_schema");
    if (format?.type === "json_schema") expect(format.name).toBe("pet");
  });

  it("checks a schema's pattern against the user's words in linear time, so one that backtracks cannot stall the engine", async () => {
    // JavaScript's backtracking matcher takes seconds to fail on these 32 a's, twice as long with each more.
    const response = await client.responses.create({
      model: "local-echo",
      input: `Reply with x = "${"a".repeat(32)}!"`,
      text: {
        format: {
          type: "json_schema",
          name: "as",
          strict: true,
          schema: {
            type: "object",
            properties: { x: { type: "string", pattern: "^(a+)+$" } },
            required: ["x"],
            additionalProperties: false,
          },
        },
      },
    });
    expect(response.status).toBe("completed");
    expect(JSON.parse(response.output_text)).toEqual({ x: "a" });
  });

  it("text.format json_object: output_text parses as a JSON object", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "Give me some JSON about the weather",
      text: { format: { type: "json_object" } },
    });
    const parsed: unknown = JSON.parse(response.output_text);
    expect(isRecord(parsed)).toBe(true);
  });
});

describe("reasoning", () => {
  it("reasoning.summary gives a first reasoning item with a summary and reasoning tokens", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "Think about this",
      reasoning: { effort: "low", summary: "auto" },
    });
    const first = response.output[0];
    expect(first?.type).toBe("reasoning");
    if (first?.type === "reasoning") {
      expect(first.id.length).toBeGreaterThan(0);
      expect(first.summary.length).toBeGreaterThan(0);
      for (const part of first.summary) {
        expect(part.type).toBe("summary_text");
        expect(part.text.length).toBeGreaterThan(0);
      }
    }
    expect(response.output.at(-1)?.type).toBe("message");
    expect(response.output_text).toContain("Think about this");
    expect(
      response.usage?.output_tokens_details.reasoning_tokens,
    ).toBeGreaterThan(0);
    expect(response.reasoning?.effort).toBe("low");
    expect(response.reasoning?.summary).toBe("auto");
  });

  it("local-echo-reasoning always reasons", async () => {
    const response = await client.responses.create({
      model: "local-echo-reasoning",
      input: "plain question",
    });
    expect(response.model).toBe("local-echo-reasoning");
    expect(response.output[0]?.type).toBe("reasoning");
    expect(
      response.usage?.output_tokens_details.reasoning_tokens,
    ).toBeGreaterThan(0);
    expect(response.output_text).toContain("plain question");
  });

  it("include reasoning.encrypted_content with store:false returns encrypted_content", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "secret thoughts",
      store: false,
      reasoning: { effort: "low", summary: "auto" },
      include: ["reasoning.encrypted_content"],
    });
    expect(field(response, "store")).toBe(false);
    const first = response.output[0];
    expect(first?.type).toBe("reasoning");
    if (first?.type === "reasoning") {
      expect(typeof first.encrypted_content).toBe("string");
      expect(first.encrypted_content?.length).toBeGreaterThan(0);
    }
  });

  it("an encrypted reasoning item can be sent back as input (stateless multi-turn)", async () => {
    const first = await client.responses.create({
      model: "local-echo",
      input: "first stateless turn",
      store: false,
      reasoning: { effort: "low", summary: "auto" },
      include: ["reasoning.encrypted_content"],
    });
    const second = await client.responses.create({
      model: "local-echo",
      store: false,
      input: [
        { role: "user", content: "first stateless turn" },
        ...first.output.filter(
          (item): item is ResponseReasoningItem | ResponseOutputMessage =>
            item.type === "reasoning" || item.type === "message",
        ),
        { role: "user", content: "second stateless turn" },
      ],
    });
    expect(second.status).toBe("completed");
    expect(second.output_text).toContain("second stateless turn");
  });
});
