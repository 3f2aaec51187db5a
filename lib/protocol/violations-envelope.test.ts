import { describe, expect, it } from "vitest";
import { outputText } from "./item-helpers";
import { reduceEvents } from "./reduce-events";
import {
  created,
  delta,
  eventsOf,
  finished,
  msg,
  textPart,
} from "./testing/streams";
import { base, codes, fc, raw } from "./testing/violation-fixtures";

describe("stream-level violations", () => {
  it("records none for a valid stream", () => {
    expect(codes(eventsOf(base()))).toEqual([]);
  });

  it("sequence gap", () => {
    const events = eventsOf(base());
    const last = events.length;
    const skipped = raw(
      "response.output_text.delta",
      JSON.stringify({ ...delta(" world"), sequence_number: last + 1 }),
      last,
    );
    const tree = reduceEvents([...events, skipped]);
    expect(tree.violations).toEqual([
      {
        code: "sequence_gap",
        message: `sequence_number ${last + 1} skips ${last}.`,
        eventIndex: last,
        sequenceNumber: last + 1,
        eventType: "response.output_text.delta",
      },
    ]);
    expect(outputText(tree.output)).toBe("Hello world");
  });

  it("non-increasing sequence numbers", () => {
    const events = eventsOf(base());
    const repeated = raw(
      "response.output_text.delta",
      JSON.stringify({ ...delta("!"), sequence_number: 1 }),
      events.length,
    );
    expect(codes([...events, repeated])).toEqual(["sequence_not_increasing"]);
  });

  it("first event not response.created", () => {
    expect(codes(eventsOf(base().slice(1)))).toEqual([
      "first_event_not_created",
    ]);
  });

  it("response id changing", () => {
    const other = finished("response.completed", "completed", [], {
      id: "resp_2",
    });
    expect(codes(eventsOf([created(), other]))).toEqual([
      "response_id_changed",
    ]);
  });

  it("events after the terminal event", () => {
    const events = eventsOf([
      ...base(),
      { type: "error", message: "stop" },
      delta(" more"),
    ]);
    const tree = reduceEvents(events);
    expect(tree.violations.map((v) => v.code)).toEqual([
      "event_after_terminal",
    ]);
    expect(outputText(tree.output)).toBe("Hello more");
  });

  it("bad JSON", () => {
    const events = [
      ...eventsOf(base()),
      raw("response.output_text.delta", '{"type":"response.output_text.de', 4),
    ];
    const tree = reduceEvents(events);
    expect(tree.violations.map((v) => v.code)).toEqual(["invalid_json"]);
    expect(tree.unknownEvents).toEqual([
      {
        eventIndex: 4,
        type: "response.output_text.delta",
        sequenceNumber: null,
        itemId: null,
        outputIndex: null,
      },
    ]);
  });

  it("event name not equal to data.type", () => {
    const events = eventsOf(base());
    const renamed = raw(
      "response.refusal.delta",
      JSON.stringify({ ...delta("!"), sequence_number: 4 }),
      4,
    );
    const tree = reduceEvents([...events, renamed]);
    expect(tree.violations.map((v) => v.code)).toEqual(["event_name_mismatch"]);
    expect(outputText(tree.output)).toBe("Hello!");
  });

  it("a completed response missing a streamed item, and items that were never streamed", () => {
    const done = {
      type: "response.output_item.done",
      output_index: 0,
      item: { ...msg, content: [{ ...textPart, text: "Hello" }] },
    };
    const extra = { ...fc, arguments: "{}", status: "completed" };
    const lacking = reduceEvents(
      eventsOf([
        ...base(),
        done,
        finished("response.completed", "completed", []),
      ]),
    );
    expect(lacking.violations.map((v) => v.code)).toEqual([
      "terminal_output_mismatch",
    ]);
    const adopted = reduceEvents(
      eventsOf([
        ...base(),
        done,
        finished("response.completed", "completed", [done.item, extra]),
      ]),
    );
    expect(adopted.violations.map((v) => v.code)).toEqual([
      "item_not_streamed",
    ]);
    expect(adopted.output[1]).toMatchObject({
      origin: "snapshot",
      done: true,
      item: extra,
    });
  });

  it("a completed response whose item differs from what streamed: the final version is shown and the difference noted", () => {
    const streamed = {
      id: "rs_1",
      type: "reasoning",
      summary: [],
      encrypted_content: "streamed-blob",
    };
    const final = { ...streamed, encrypted_content: "final-blob" };
    const tree = reduceEvents(
      eventsOf([
        created(),
        { type: "response.output_item.added", output_index: 0, item: streamed },
        { type: "response.output_item.done", output_index: 0, item: streamed },
        finished("response.completed", "completed", [final]),
      ]),
    );
    expect(tree.output[0]?.item).toEqual(final);
    expect(tree.violations).toEqual([
      expect.objectContaining({
        code: "terminal_item_changed",
        message: expect.stringContaining("encrypted_content") as string,
      }),
    ]);
  });
});
