import type {
  Response as ApiResponse,
  ResponseCreateParamsNonStreaming,
  ResponseStreamEvent,
  Tool,
} from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import {
  accumulate,
  collectEvents,
  createTestEngine,
} from "./testing/engine-client";
import { expectWellFormedStream } from "./testing/stream-assertions";

const te = createTestEngine();
const { client } = te;

const LONG_TEXT = Array.from({ length: 120 }, (_, i) => `word${i}`).join(" ");

const weatherTool: Tool = {
  type: "function",
  name: "get_weather",
  description: "Current weather for a city",
  parameters: {
    type: "object",
    properties: { city: { type: "string" } },
    required: ["city"],
    additionalProperties: false,
  },
  strict: true,
};
const timeTool: Tool = {
  type: "function",
  name: "get_time",
  description: "Current time in a zone",
  parameters: {
    type: "object",
    properties: { zone: { type: "string" } },
    required: ["zone"],
    additionalProperties: false,
  },
  strict: true,
};

type Body = Omit<ResponseCreateParamsNonStreaming, "stream">;

async function streamEvents(body: Body): Promise<ResponseStreamEvent[]> {
  const stream = await client.responses.create({
    model: "local-echo",
    ...body,
    stream: true,
  });
  return collectEvents(stream);
}

const schema = {
  type: "object",
  properties: { title: { type: "string" }, count: { type: "integer" } },
  required: ["title", "count"],
  additionalProperties: false,
};

const scenarios: Array<{
  name: string;
  body: Body;
  status: ApiResponse["status"];
}> = [
  { name: "text", body: { input: "oracle text" }, status: "completed" },
  {
    name: "reasoning with summary",
    body: {
      input: "oracle reasoning",
      reasoning: { effort: "low", summary: "auto" },
    },
    status: "completed",
  },
  {
    name: "reasoning model",
    body: { model: "local-echo-reasoning", input: "oracle reasoning model" },
    status: "completed",
  },
  {
    name: "single function call",
    body: {
      input: "call get_weather city=Paris",
      tools: [weatherTool],
      tool_choice: "required",
    },
    status: "completed",
  },
  {
    name: "parallel function calls",
    body: {
      input: "call get_weather city=Paris and get_time zone=UTC",
      tools: [weatherTool, timeTool],
      tool_choice: "auto",
    },
    status: "completed",
  },
  { name: "refusal", body: { input: "/refuse" }, status: "completed" },
  {
    name: "json_schema",
    body: {
      input: "oracle json",
      text: {
        format: { type: "json_schema", name: "thing", schema, strict: true },
      },
    },
    status: "completed",
  },
  {
    name: "json_object",
    body: {
      input: "oracle json object",
      text: { format: { type: "json_object" } },
    },
    status: "completed",
  },
  { name: "markdown", body: { input: "/markdown" }, status: "completed" },
  { name: "words", body: { input: "/words 60" }, status: "completed" },
  {
    name: "max_output_tokens incomplete",
    body: { input: LONG_TEXT, max_output_tokens: 16 },
    status: "incomplete",
  },
  { name: "fail", body: { input: "/fail" }, status: "failed" },
];

describe("oracle: the SDK accumulator rebuilds the stored response", () => {
  it.each(scenarios)("$name", async ({ body, status }) => {
    const events = await streamEvents(body);
    const terminal = expectWellFormedStream(events);
    const accumulated = accumulate(events);
    expect(accumulated.status).toBe(status);
    expect(accumulated.output).toEqual(terminal.output);

    const stored = await client.responses.retrieve(terminal.id);
    expect(stored.status).toBe(status);
    expect(accumulated.output).toEqual(stored.output);
    expect(accumulated.usage).toEqual(stored.usage);
  });
});

describe("the oracle itself", () => {
  it("rejects a stream that breaks the rules (so the oracle tests can fail)", async () => {
    const events = await streamEvents({ input: "oracle self-check" });
    expect(() => accumulate(events)).not.toThrow();
    const withoutItemAdded = events.filter(
      (event) => event.type !== "response.output_item.added",
    );
    expect(() => accumulate(withoutItemAdded)).toThrow();
    const withoutCreated = events.slice(1);
    expect(() => accumulate(withoutCreated)).toThrow();
  });
});
