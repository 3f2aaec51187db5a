import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { accumulateResponse } from "openai/lib/responses/ResponseAccumulator";
import type {
  Response as ApiResponse,
  ResponseStreamEvent,
} from "openai/resources/responses/responses";
import { afterAll, describe, expect, it } from "vitest";
import { createEngine } from "@/lib/engine/engine";
import { outputText } from "./item-helpers";
import { readSse } from "./parse-sse";
import { reduceEvent, reduceEvents } from "./reduce-events";
import { toRunEvent, type RunEvent } from "./run-event";
import type { RunTree } from "./run-tree";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "protocol-test-"));
const engine = createEngine({
  dbPath: path.join(dir, "engine.sqlite"),
  tokensPerSecond: 0,
});

afterAll(() => {
  engine.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const weather = {
  type: "function",
  name: "get_weather",
  parameters: {
    type: "object",
    properties: { city: { type: "string" } },
    required: ["city"],
  },
};
const time = {
  type: "function",
  name: "get_time",
  parameters: {
    type: "object",
    properties: { zone: { type: "string" } },
    required: ["zone"],
  },
};
const schema = {
  type: "object",
  properties: { title: { type: "string" }, count: { type: "integer" } },
  required: ["title", "count"],
  additionalProperties: false,
};
const longInput = Array.from({ length: 200 }, (_, i) => `word${i}`).join(" ");

interface Recording {
  events: RunEvent[];
  sawDone: boolean;
}

/** Streams one request from the local engine and records it as the playground's event log. */
async function record(body: Record<string, unknown>): Promise<Recording> {
  const response = await engine.handle(
    new Request("http://engine.test/v1/responses", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "local-echo", stream: true, ...body }),
    }),
  );
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
  if (response.body === null) throw new Error("no body");
  const events: RunEvent[] = [];
  const { sawDone } = await readSse(response.body, {
    onEvent: (message) => events.push(toRunEvent(message, events.length, 0)),
  });
  return { events, sawDone };
}

/** The engine's events are checked against the SDK's own types by the accumulator itself. */
function asStreamEvent(event: RunEvent): ResponseStreamEvent {
  return event.data as ResponseStreamEvent;
}

/** Folds the same events with the SDK's strict accumulator, the oracle. */
function accumulate(events: readonly RunEvent[]): ApiResponse {
  let snapshot: ApiResponse | undefined;
  for (const event of events)
    snapshot = accumulateResponse(asStreamEvent(event), snapshot);
  if (snapshot === undefined) throw new Error("no events");
  return snapshot;
}

/** Compares the two after every event, so a wrong delta cannot hide behind output_item.done. */
function expectSameAtEveryStep(events: readonly RunEvent[]): void {
  let snapshot: ApiResponse | undefined;
  let tree = reduceEvents([]);
  for (const event of events) {
    snapshot = accumulateResponse(asStreamEvent(event), snapshot);
    tree = reduceEvent(tree, event);
    expect(
      tree.output.map((node) => node.item),
      `after event ${event.index} (${event.type})`,
    ).toStrictEqual(snapshot.output);
  }
}

function expectMatchesOracle(tree: RunTree, oracle: ApiResponse): void {
  expect(tree.violations).toEqual([]);
  expect(tree.unknownEvents).toEqual([]);
  expect(tree.output.map((node) => node.item)).toStrictEqual(oracle.output);
  expect(tree.output.every((node) => node.done)).toBe(true);
  expect(tree.status).toBe(oracle.status);
  expect(tree.usage).toEqual(oracle.usage);
  expect(tree.responseId).toBe(oracle.id);
  expect(outputText(tree.output)).toBe(oracle.output_text);
}

const scenarios: Array<{
  name: string;
  body: Record<string, unknown>;
  check: (tree: RunTree) => void;
}> = [
  {
    name: "plain text",
    body: { input: "hello" },
    check: (tree) => {
      expect(tree.terminal).toBe("completed");
      expect(outputText(tree.output).length).toBeGreaterThan(0);
    },
  },
  {
    name: "/markdown",
    body: { input: "/markdown" },
    check: (tree) => expect(outputText(tree.output)).toMatch(/^#|\n#/),
  },
  {
    name: "/words 300",
    body: { input: "/words 300" },
    check: (tree) =>
      expect(outputText(tree.output).trim().split(/\s+/)).toHaveLength(300),
  },
  {
    name: "/refuse",
    body: { input: "/refuse" },
    check: (tree) => {
      const item = tree.output[0]?.item;
      expect(item?.type === "message" && item.content[0]?.type).toBe("refusal");
    },
  },
  {
    name: "/fail",
    body: { input: "/fail" },
    check: (tree) => {
      expect(tree.terminal).toBe("failed");
      expect(tree.error?.source).toBe("response");
      expect(tree.error?.message.length).toBeGreaterThan(0);
    },
  },
  {
    name: "reasoning",
    body: {
      input: "think about it",
      reasoning: { effort: "low", summary: "auto" },
    },
    check: (tree) => {
      const reasoning = tree.output.find(
        (node) => node.item.type === "reasoning",
      )?.item;
      expect(
        reasoning?.type === "reasoning" && reasoning.summary.length,
      ).toBeGreaterThan(0);
      expect(
        tree.usage?.output_tokens_details.reasoning_tokens,
      ).toBeGreaterThan(0);
    },
  },
  {
    name: "function call",
    body: { input: "call get_weather city=Paris", tools: [weather] },
    check: (tree) => {
      const call = tree.output.find(
        (node) => node.item.type === "function_call",
      )?.item;
      expect(call?.type === "function_call" && call.name).toBe("get_weather");
      expect(
        call?.type === "function_call" && JSON.parse(call.arguments),
      ).toEqual({ city: "Paris" });
    },
  },
  {
    name: "parallel function calls",
    body: {
      input: "call get_weather city=Paris and get_time zone=UTC",
      tools: [weather, time],
      parallel_tool_calls: true,
    },
    check: (tree) => {
      const names = tree.output.flatMap((node) =>
        node.item.type === "function_call" ? [node.item.name] : [],
      );
      expect(names).toEqual(["get_weather", "get_time"]);
    },
  },
  {
    name: "json_schema",
    body: {
      input: "a thing",
      text: {
        format: { type: "json_schema", name: "thing", schema, strict: true },
      },
    },
    check: (tree) => {
      const value: unknown = JSON.parse(outputText(tree.output));
      const record =
        typeof value === "object" && value !== null
          ? Object.entries(value)
          : [];
      expect(record.map(([key, field]) => [key, typeof field]).sort()).toEqual([
        ["count", "number"],
        ["title", "string"],
      ]);
    },
  },
  {
    name: "max_output_tokens (incomplete)",
    body: { input: longInput, max_output_tokens: 16 },
    check: (tree) => {
      expect(tree.terminal).toBe("incomplete");
      expect(tree.incompleteDetails?.reason).toBe("max_output_tokens");
    },
  },
  {
    name: "/playback all (every hosted-tool item)",
    body: { input: "/playback all", tools: [{ type: "image_generation" }] },
    check: (tree) => {
      expect(tree.terminal).toBe("completed");
      expect(new Set(tree.output.map((node) => node.item.type))).toEqual(
        new Set([
          "web_search_call",
          "file_search_call",
          "code_interpreter_call",
          "image_generation_call",
          "mcp_list_tools",
          "mcp_call",
          "shell_call",
          "shell_call_output",
          "computer_call",
          "local_shell_call",
          "apply_patch_call",
          "custom_tool_call",
          "mcp_approval_request",
          "message",
        ]),
      );
      const image = tree.output.find(
        (node) => node.item.type === "image_generation_call",
      );
      expect(image?.partialImages).toHaveLength(2);
    },
  },
  {
    name: "background + stream",
    body: { input: "hello in the background", background: true },
    check: (tree) => {
      expect(tree.response?.background).toBe(true);
      expect(tree.terminal).toBe("completed");
    },
  },
];

describe("engine streams: the reducer agrees with the SDK accumulator", () => {
  it.each(scenarios)("$name", async ({ body, check }) => {
    const { events, sawDone } = await record(body);
    expect(sawDone).toBe(true);
    const tree = reduceEvents(events);
    expect(tree.eventCount).toBe(events.length);
    expectMatchesOracle(tree, accumulate(events));
    expectSameAtEveryStep(events);
    check(tree);
  });

  it("/error ends errored with the server's message", async () => {
    const { events } = await record({ input: "/error" });
    const tree = reduceEvents(events);
    expect(tree.violations).toEqual([]);
    expect(tree.status).toBe("errored");
    expect(tree.terminal).toBe("error");
    expect(tree.error).toMatchObject({
      source: "error_event",
      code: "server_error",
    });
    expect(tree.error?.message).toMatch(/\/error/);
    // The partial message stays visible, exactly as the accumulator built it before the error.
    let oracle: ApiResponse | null = null;
    try {
      oracle = accumulate(events);
    } catch {
      oracle = accumulate(events.slice(0, -1));
    }
    expect(tree.output.map((node) => node.item)).toStrictEqual(oracle.output);
    expect(outputText(tree.output).length).toBeGreaterThan(0);
  });
});
