import type { ResponseInputItem } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { functionTool, makeContext, userMessage } from "./context-fixture";
import {
  FAIL_MESSAGE,
  planEcho,
  REFUSAL_TEXT,
  STREAM_ERROR_MESSAGE,
} from "./echo-plan";
import { MARKDOWN_SAMPLE } from "./markdown-sample";
import { countWords } from "./prose";
import type { ModelContext, PlannedItem } from "./types";

function plan(overrides: Parameters<typeof makeContext>[0] = {}) {
  return planEcho(makeContext(overrides), "local-echo");
}

function messageText(items: PlannedItem[]): string {
  const message = items.find((item) => item.type === "message");
  if (message?.type !== "message") throw new Error("expected a message item");
  return message.text;
}

describe("planEcho: the default reply", () => {
  it("describes the input and ends with the verbatim echo", () => {
    const result = plan({ text: "Hello  *world*" });
    expect(result.outcome).toEqual({ kind: "complete" });
    expect(result.items).toHaveLength(1);
    const text = messageText(result.items);
    expect(text).toContain("deterministic local model");
    expect(text).toContain('1. message (user): text 14 chars "Hello *world*"');
    expect(text.split("\n").at(-1)).toBe("You said: Hello  *world*");
  });

  it("echoes the last user message's text parts, not earlier ones", () => {
    const items: ResponseInputItem[] = [
      userMessage("first"),
      { type: "message", role: "assistant", content: "reply" },
      {
        role: "user",
        content: [
          { type: "input_text", text: "sec" },
          { type: "input_text", text: "ond" },
        ],
      },
    ];
    expect(
      messageText(plan({ items }).items).endsWith("You said: second"),
    ).toBe(true);
  });

  it("gives a longer output for a longer input", () => {
    const short = messageText(plan({ text: "abc" }).items);
    const long = messageText(plan({ text: "abc".repeat(100) }).items);
    // 297 more echoed characters, "text 300 chars" is two digits longer than "text 3 chars",
    // and the quoted opening grows from "abc" to 40 characters.
    expect(long.length - short.length).toBe(297 + 2 + (40 - 3));
  });
});

describe("planEcho: reasoning", () => {
  it("puts the reasoning item first when reasoning is asked for", () => {
    const result = plan({ reasoning: { effort: "low", summary: "auto" } });
    expect(result.items.map((item) => item.type)).toEqual([
      "reasoning",
      "message",
    ]);
  });

  it("omits reasoning for effort none", () => {
    expect(
      plan({ reasoning: { effort: "none", summary: null } }).items.map(
        (item) => item.type,
      ),
    ).toEqual(["message"]);
  });
});

describe("planEcho: directives", () => {
  it("/refuse answers with a refusal instead of a message", () => {
    expect(plan({ text: "/refuse" }).items).toEqual([
      { type: "refusal", refusal: REFUSAL_TEXT },
    ]);
  });

  it("/fail keeps the items and fails", () => {
    const result = plan({ text: "/fail /words 20" });
    expect(result.outcome).toEqual({
      kind: "fail",
      code: "server_error",
      message: FAIL_MESSAGE,
    });
    expect(countWords(messageText(result.items))).toBe(20);
  });

  it("/error ends with a stream error", () => {
    expect(plan({ text: "oops /error" }).outcome).toEqual({
      kind: "stream_error",
      code: "server_error",
      message: STREAM_ERROR_MESSAGE,
    });
  });

  it.each([
    [429, "rate_limit_exceeded"],
    [500, "server_error"],
    [503, "server_error"],
    [404, "invalid_request_error"],
  ])(
    "/http %i answers with that status and code %s, without items",
    (status, code) => {
      const result = plan({
        text: `/http ${status}`,
        reasoning: { effort: "high", summary: null },
      });
      expect(result.items).toEqual([]);
      expect(result.outcome).toMatchObject({
        kind: "http_error",
        status,
        code,
      });
    },
  );

  it("/words N is exactly N words with no description", () => {
    const text = messageText(plan({ text: "/WORDS 1234" }).items);
    expect(countWords(text)).toBe(1234);
    expect(text).not.toContain("You said");
  });

  it("/markdown answers with the markdown sample", () => {
    expect(messageText(plan({ text: "show /markdown" }).items)).toBe(
      MARKDOWN_SAMPLE,
    );
  });
});

describe("planEcho: structured outputs", () => {
  const schema = {
    type: "object",
    properties: {
      name: { type: "string" },
      age: { type: "integer" },
      note: { type: "string", maxLength: 8 },
    },
    required: ["name", "age", "note"],
    additionalProperties: false,
  };

  it("answers json_schema with JSON valid against the schema, filled from the text", () => {
    const result = plan({
      text: "name: Ada, age=36",
      textFormat: { type: "json_schema", name: "person", schema, strict: true },
    });
    expect(JSON.parse(messageText(result.items))).toEqual({
      name: "Ada",
      age: 36,
      note: "name: Ad",
    });
  });

  it("fails when no value can match the schema", () => {
    const impossible = {
      type: "object",
      properties: { n: { type: "integer", minimum: 3, maximum: 1 } },
      required: ["n"],
    };
    const result = plan({
      textFormat: { type: "json_schema", name: "broken", schema: impossible },
    });
    expect(result.items).toEqual([]);
    expect(result.outcome).toMatchObject({
      kind: "fail",
      code: "server_error",
    });
    expect(
      result.outcome.kind === "fail" ? result.outcome.message : "",
    ).toMatch(
      /^The local model could not produce JSON matching schema 'broken': output\/n must be/,
    );
  });

  it("answers json_object with a JSON description of the input", () => {
    const result = plan({ text: "hi", textFormat: { type: "json_object" } });
    expect(JSON.parse(messageText(result.items))).toMatchObject({
      model: "local-echo",
      you_said: "hi",
    });
  });
});

describe("planEcho: function calling", () => {
  const weather = functionTool("get_weather", {
    type: "object",
    properties: { city: { type: "string" } },
    required: ["city"],
  });

  it("calls the tools named in the text, with no message", () => {
    const result = plan({ text: "get_weather in Oslo", tools: [weather] });
    expect(result.items).toEqual([
      {
        type: "function_call",
        name: "get_weather",
        arguments: '{"city":"Oslo"}',
      },
    ]);
  });

  it("reports tool results by name and call id once the client answers", () => {
    const items: ResponseInputItem[] = [
      userMessage("get_weather in Oslo"),
      {
        type: "function_call",
        call_id: "call_abc",
        name: "get_weather",
        arguments: '{"city":"Oslo"}',
      },
      {
        type: "function_call_output",
        call_id: "call_abc",
        output: '{"temp":4}',
      },
    ];
    const text = messageText(plan({ items, tools: [weather] }).items);
    expect(text).toBe(
      'The tool get_weather (call_abc) returned: {"temp":4}\n\nThat is everything the tools returned.',
    );
  });
});

describe("planEcho: determinism", () => {
  it("gives the same plan for the same context", () => {
    const context: ModelContext = makeContext({
      text: "get_weather for Rome /fail",
      tools: [
        functionTool("get_weather", {
          type: "object",
          properties: { city: { type: "string" } },
        }),
      ],
      reasoning: { effort: "high", summary: "detailed" },
    });
    expect(planEcho(structuredClone(context), "local-echo")).toEqual(
      planEcho(structuredClone(context), "local-echo"),
    );
  });
});
