import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import {
  accumulate,
  createTestEngine,
  streamEvents,
  type StreamBody,
} from "./testing/engine-client";
import { LONG_TEXT, stringArgsTool, weatherTool } from "./testing/fixtures";
import { expectWellFormedStream } from "./testing/stream-assertions";

const te = createTestEngine();
const { client } = te;

const timeTool = stringArgsTool("get_time", "Current time in a zone", ["zone"]);

const schema = {
  type: "object",
  properties: { title: { type: "string" }, count: { type: "integer" } },
  required: ["title", "count"],
  additionalProperties: false,
};

const scenarios: Array<{
  name: string;
  body: StreamBody;
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
  {
    name: "logprobs",
    body: {
      input: "oracle logprobs",
      include: ["message.output_text.logprobs"],
      top_logprobs: 2,
    },
    status: "completed",
  },
  {
    name: "playback all",
    body: { input: "/playback all" },
    status: "completed",
  },
];

describe("oracle: the SDK accumulator rebuilds the stored response", () => {
  it.each(scenarios)("$name", async ({ body, status }) => {
    const events = await streamEvents(client, body);
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
    const events = await streamEvents(client, { input: "oracle self-check" });
    expect(() => accumulate(events)).not.toThrow();
    const withoutItemAdded = events.filter(
      (event) => event.type !== "response.output_item.added",
    );
    expect(() => accumulate(withoutItemAdded)).toThrow();
    const withoutCreated = events.slice(1);
    expect(() => accumulate(withoutCreated)).toThrow();
  });
});
