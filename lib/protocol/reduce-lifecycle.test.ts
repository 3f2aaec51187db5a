import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { reduceEvent, reduceEvents, treeFromResponse } from "./reduce-events";
import { runEventsFromResponse, toRunEvent } from "./run-event";
import { expectAgreesWithOracle } from "./testing/oracle";
import {
  created,
  eventsOf,
  finished,
  inProgress,
  msg,
  responseOf,
} from "./testing/streams";

const usage = {
  input_tokens: 5,
  input_tokens_details: { cached_tokens: 1 },
  output_tokens: 3,
  output_tokens_details: { reasoning_tokens: 0 },
  total_tokens: 8,
};

describe("lifecycle", () => {
  it("goes queued → in_progress → completed for a background response", () => {
    const events = eventsOf([
      {
        type: "response.created",
        response: responseOf("queued", { background: true }),
      },
      {
        type: "response.queued",
        response: responseOf("queued", { background: true }),
      },
      inProgress(),
      finished("response.completed", "completed", [], { usage }),
    ]);
    const statuses = events.map(
      (_, i) => reduceEvents(events.slice(0, i + 1)).status,
    );
    expect(statuses).toEqual(["queued", "queued", "in_progress", "completed"]);
    const { tree } = expectAgreesWithOracle(events);
    expect(tree).toMatchObject({
      terminal: "completed",
      responseId: "resp_1",
      usage,
      violations: [],
    });
  });

  it("ends failed with the response's error", () => {
    const error = { code: "server_error", message: "It broke." };
    const tree = reduceEvents(
      eventsOf([
        created(),
        finished("response.failed", "failed", [], { error }),
      ]),
    );
    expect(tree).toMatchObject({
      status: "failed",
      terminal: "failed",
      violations: [],
    });
    expect(tree.error).toMatchObject({
      source: "response",
      code: "server_error",
      message: "It broke.",
      eventIndex: 1,
    });
  });

  it("ends incomplete with its details", () => {
    const details = { reason: "max_output_tokens" };
    const tree = reduceEvents(
      eventsOf([
        created(),
        finished("response.incomplete", "incomplete", [], {
          incomplete_details: details,
        }),
      ]),
    );
    expect(tree).toMatchObject({
      status: "incomplete",
      terminal: "incomplete",
      incompleteDetails: details,
      violations: [],
    });
  });

  it("treats a cancelled status as terminal", () => {
    const tree = reduceEvents(
      eventsOf([
        created(),
        { type: "response.in_progress", response: responseOf("cancelled") },
      ]),
    );
    expect(tree).toMatchObject({ status: "cancelled", terminal: "cancelled" });
  });

  it.each([
    [
      "flat",
      { code: "rate_limit_exceeded", message: "Slow down.", param: null },
    ],
    [
      "nested",
      {
        error: {
          type: "server_error",
          code: "rate_limit_exceeded",
          message: "Slow down.",
          param: "model",
        },
      },
    ],
  ])("reads a %s error event", (_, fields) => {
    const tree = reduceEvents(
      eventsOf([created(), { type: "error", ...fields }]),
    );
    expect(tree).toMatchObject({
      status: "errored",
      terminal: "error",
      violations: [],
    });
    expect(tree.error).toMatchObject({
      source: "error_event",
      code: "rate_limit_exceeded",
      message: "Slow down.",
    });
  });

  it("ignores keep-alives apart from their sequence numbers", () => {
    const events = eventsOf([
      { type: "keepalive" },
      created(),
      { type: "keepalive" },
      finished("response.completed", "completed", []),
    ]);
    const tree = reduceEvents(events);
    expect(tree).toMatchObject({
      violations: [],
      eventCount: 4,
      lastSequence: 3,
      firstEventType: "response.created",
    });
  });
});

describe("unknown events", () => {
  it("keeps an unknown future event, attached to the item it names, without a violation", () => {
    const events = eventsOf([
      created(),
      { type: "response.output_item.added", output_index: 0, item: msg },
      {
        type: "response.hologram.delta",
        item_id: "msg_1",
        output_index: 0,
        delta: "✨",
      },
      { type: "response.weather.report", sky: "blue" },
      finished("response.completed", "completed", [
        { ...msg, status: "completed" },
      ]),
    ]);
    const tree = reduceEvents(events);
    expect(tree.unknownEvents).toEqual([
      {
        eventIndex: 2,
        type: "response.hologram.delta",
        sequenceNumber: 2,
        itemId: "msg_1",
        outputIndex: 0,
      },
      {
        eventIndex: 3,
        type: "response.weather.report",
        sequenceNumber: 3,
        itemId: null,
        outputIndex: null,
      },
    ]);
    expect(tree.output[0]?.unknownEvents).toEqual([tree.unknownEvents[0]]);
    expect(tree.violations.map((v) => v.code)).toEqual(["item_not_done"]);
  });
});

describe("structural sharing", () => {
  it("touches only the node an event changes", () => {
    const events = eventsOf([
      created(),
      { type: "response.output_item.added", output_index: 0, item: msg },
      {
        type: "response.output_item.added",
        output_index: 1,
        item: { ...msg, id: "msg_2" },
      },
      {
        type: "response.content_part.added",
        item_id: "msg_2",
        output_index: 1,
        content_index: 0,
        part: { type: "output_text", text: "", annotations: [] },
      },
    ]);
    const before = reduceEvents(events);
    const delta = {
      type: "response.output_text.delta",
      item_id: "msg_2",
      output_index: 1,
      content_index: 0,
      delta: "x",
    };
    const after = reduceEvent(
      before,
      toRunEvent(
        { event: null, data: JSON.stringify({ ...delta, sequence_number: 4 }) },
        4,
        4,
      ),
    );
    expect(after.violations).toEqual([]);
    expect(after.output[0]).toBe(before.output[0]);
    expect(after.output[1]).not.toBe(before.output[1]);
    expect(after.violations).toBe(before.violations);
    expect(after.itemPositions).toBe(before.itemPositions);
    expect(before.output[1]?.item).toMatchObject({ content: [{ text: "" }] });
  });
});

describe("non-streamed responses", () => {
  const response = {
    ...responseOf("completed"),
    output: [
      {
        ...msg,
        status: "completed",
        content: [{ type: "output_text", text: "Hi", annotations: [] }],
      },
      {
        id: "fc_1",
        type: "function_call",
        call_id: "call_1",
        name: "f",
        arguments: "{}",
        status: "completed",
      },
    ],
    usage,
  } as unknown as ApiResponse;

  it("renders through the same reducer", () => {
    const tree = treeFromResponse(response);
    expect(tree.violations).toEqual([]);
    expect(tree.output.map((node) => node.item)).toEqual(response.output);
    expect(tree.output.every((node) => node.done)).toBe(true);
    expect(tree).toMatchObject({
      status: "completed",
      terminal: "completed",
      usage,
      responseId: "resp_1",
    });
    expect(
      expectAgreesWithOracle(runEventsFromResponse(response)).oracle.output,
    ).toEqual(response.output);
  });

  it("shows a background response that is still running", () => {
    const running = {
      ...response,
      status: "in_progress",
      output: [{ ...msg, content: [] }],
    } as unknown as ApiResponse;
    const tree = treeFromResponse(running);
    expect(tree).toMatchObject({
      status: "in_progress",
      terminal: null,
      violations: [],
    });
    expect(tree.output[0]?.done).toBe(false);
  });

  it("shows a cancelled one as cancelled", () => {
    const tree = treeFromResponse({ ...response, status: "cancelled" });
    expect(tree).toMatchObject({
      status: "cancelled",
      terminal: "cancelled",
      violations: [],
    });
  });
});
