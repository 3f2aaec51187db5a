import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import {
  createTestEngine,
  expectAllResponseKeys,
  field,
  isRecord,
  postJson,
} from "./testing/engine-client";
import { LONG_TEXT, firstMessage, stringArgsTool } from "./testing/fixtures";

const te = createTestEngine();
const { client } = te;

describe("create (non-streaming)", () => {
  it("returns a full Response object with every documented key", async () => {
    const text = "Hello engine, how are you today?";
    const response = await client.responses.create({
      model: "local-echo",
      input: text,
    });

    expectAllResponseKeys(response);
    expect(response.id).toMatch(/^resp_/);
    expect(response.object).toBe("response");
    expect(response.status).toBe("completed");
    expect(Number.isInteger(response.created_at)).toBe(true);
    expect(typeof response.completed_at).toBe("number");
    expect(response.error).toBeNull();
    expect(response.incomplete_details).toBeNull();
    expect(response.model).toBe("local-echo");
    expect(field(response, "store")).toBe(true);
    expect(response.background).toBe(false);
    expect(response.previous_response_id).toBeNull();
    expect(response.text?.format?.type).toBe("text");
  });

  it("sends no output_text key on the wire (an SDK convenience)", async () => {
    const res = await postJson(te, "/v1/responses", {
      model: "local-echo",
      input: "raw json",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    const body: unknown = await res.json();
    expectAllResponseKeys(body);
    expect(isRecord(body) && "output_text" in body).toBe(false);
  });

  it("answers with one completed assistant message ending with the user text", async () => {
    const text = "Please repeat: the quick brown fox 🦊 jumps.";
    const response = await client.responses.create({
      model: "local-echo",
      input: text,
    });

    expect(response.output).toHaveLength(1);
    const message = firstMessage(response.output);
    expect(message.id).toEqual(expect.any(String));
    expect(message.id.length).toBeGreaterThan(0);
    expect(message.role).toBe("assistant");
    expect(message.status).toBe("completed");
    const part = message.content[0];
    expect(part?.type).toBe("output_text");
    if (part?.type === "output_text") {
      expect(Array.isArray(part.annotations)).toBe(true);
      expect(Array.isArray(part.logprobs)).toBe(true);
    }
    expect(response.output_text).toContain(text);
    expect(response.output_text.trimEnd().endsWith(text)).toBe(true);
  });

  it("fills usage, with input_tokens equal to the input_tokens endpoint's count", async () => {
    const body = { model: "local-echo", input: "Count my tokens, please." };
    const response = await client.responses.create(body);
    const count = await client.responses.inputTokens.count(body);

    const usage = response.usage;
    expect(usage).toBeTruthy();
    if (!usage) return;
    expect(usage.input_tokens).toBeGreaterThan(0);
    expect(usage.output_tokens).toBeGreaterThan(0);
    expect(usage.total_tokens).toBe(usage.input_tokens + usage.output_tokens);
    expect(typeof usage.input_tokens_details.cached_tokens).toBe("number");
    expect(usage.output_tokens_details.reasoning_tokens).toBe(0);
    expect(usage.input_tokens).toBe(count.input_tokens);
  });

  it("echoes an unknown model id and behaves like local-echo", async () => {
    const response = await client.responses.create({
      model: "gpt-imaginary-9000",
      input: "hi there",
    });
    expect(response.model).toBe("gpt-imaginary-9000");
    expect(response.status).toBe("completed");
    expect(response.output_text).toContain("hi there");
  });

  it("gives a longer answer to a longer input", async () => {
    const short = await client.responses.create({
      model: "local-echo",
      input: "short",
    });
    const long = await client.responses.create({
      model: "local-echo",
      input: [
        { role: "developer", content: "Be brief." },
        { role: "user", content: [{ type: "input_text", text: LONG_TEXT }] },
        { role: "assistant", content: "Noted." },
        { role: "user", content: "short" },
      ],
    });
    expect(long.output_text.length).toBeGreaterThan(short.output_text.length);
    expect(long.output_text).toContain("short");
  });

  it("is deterministic: the same request gives the same text", async () => {
    const a = await client.responses.create({
      model: "local-echo",
      input: "determinism check",
    });
    const b = await client.responses.create({
      model: "local-echo",
      input: "determinism check",
    });
    expect(a.output_text).toBe(b.output_text);
    expect(a.id).not.toBe(b.id);
  });

  it("echoes request parameters on the Response", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "parameters",
      instructions: "Be nice.",
      temperature: 0.3,
      top_p: 0.9,
      max_output_tokens: 500,
      parallel_tool_calls: false,
      metadata: { run: "42", owner: "tests" },
      truncation: "disabled",
      tool_choice: "none",
      tools: [stringArgsTool("get_weather", "Weather for a city", ["city"])],
    });
    expect(response.instructions).toBe("Be nice.");
    expect(response.temperature).toBe(0.3);
    expect(response.top_p).toBe(0.9);
    expect(response.max_output_tokens).toBe(500);
    expect(response.parallel_tool_calls).toBe(false);
    expect(response.metadata).toEqual({ run: "42", owner: "tests" });
    expect(response.truncation).toBe("disabled");
    expect(response.tool_choice).toBe("none");
    expect(response.tools).toHaveLength(1);
    const tool = response.tools[0];
    expect(tool?.type === "function" ? tool.name : undefined).toBe(
      "get_weather",
    );
    // tool_choice "none" never calls, even though the text could be read as naming no tool.
    expect(response.output.every((item) => item.type !== "function_call")).toBe(
      true,
    );
  });

  it("describes the tools and parameters it received", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "describe yourself",
      temperature: 0.25,
      tools: [
        {
          type: "function",
          name: "lookup_inventory",
          parameters: { type: "object", properties: {} },
          strict: false,
        },
      ],
    });
    expect(response.output_text).toContain("lookup_inventory");
    expect(response.output_text).toContain("temperature");
  });
});

describe("retrieve and delete", () => {
  it("retrieve returns the stored Response", async () => {
    const created = await client.responses.create({
      model: "local-echo",
      input: "store me",
      metadata: { k: "v" },
    });
    const retrieved = await client.responses.retrieve(created.id);
    expectAllResponseKeys(retrieved);
    expect(retrieved.id).toBe(created.id);
    expect(retrieved.status).toBe("completed");
    expect(retrieved.output).toEqual(created.output);
    expect(retrieved.usage).toEqual(created.usage);
    expect(retrieved.metadata).toEqual({ k: "v" });
    expect(retrieved.output_text).toBe(created.output_text);
  });

  it("delete answers response.deleted and the response is gone", async () => {
    const created = await client.responses.create({
      model: "local-echo",
      input: "delete me",
    });
    const res = await te.engineFetch(`/v1/responses/${created.id}`, {
      method: "DELETE",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      id: created.id,
      object: "response.deleted",
      deleted: true,
    });
    await expect(client.responses.retrieve(created.id)).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
    await expect(client.responses.delete(created.id)).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
  });

  it("delete through the SDK succeeds", async () => {
    const created = await client.responses.create({
      model: "local-echo",
      input: "delete me too",
    });
    const deleted: unknown = await client.responses.delete(created.id);
    expect(deleted === undefined || field(deleted, "deleted") === true).toBe(
      true,
    );
    await expect(client.responses.retrieve(created.id)).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
  });

  it("store:false responses cannot be retrieved", async () => {
    const created = await client.responses.create({
      model: "local-echo",
      input: "forget me",
      store: false,
    });
    expect(created.status).toBe("completed");
    expect(field(created, "store")).toBe(false);
    await expect(client.responses.retrieve(created.id)).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
  });
});

describe("models", () => {
  it("lists the local models first", async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) {
      expect(model.object).toBe("model");
      expect(typeof model.created).toBe("number");
      expect(typeof model.owned_by).toBe("string");
      ids.push(model.id);
    }
    expect(ids.slice(0, 2).sort()).toEqual([
      "local-echo",
      "local-echo-reasoning",
    ]);
  });
});
