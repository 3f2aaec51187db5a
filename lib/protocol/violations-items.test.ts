import { describe, expect, it } from "vitest";
import { outputText } from "./item-helpers";
import { reduceEvents } from "./reduce-events";
import { at, created, delta, eventsOf, msg, textPart } from "./testing/streams";
import { base, codes, fc } from "./testing/violation-fixtures";

describe("item-level violations", () => {
  it("output_index that is not the current length", () => {
    const events = eventsOf([
      created(),
      { type: "response.output_item.added", output_index: 3, item: msg },
    ]);
    const tree = reduceEvents(events);
    expect(tree.violations.map((v) => v.code)).toEqual([
      "output_index_mismatch",
    ]);
    expect(tree.output).toHaveLength(1);
  });

  it("duplicate item ids", () => {
    const events = eventsOf([
      ...base(),
      { type: "response.output_item.added", output_index: 1, item: msg },
    ]);
    expect(codes(events)).toEqual(["duplicate_item_id"]);
  });

  it("item_id mismatch", () => {
    const tree = reduceEvents(
      eventsOf([...base(), delta(" there", { item_id: "msg_other" })]),
    );
    expect(tree.violations.map((v) => v.code)).toEqual(["item_id_mismatch"]);
    expect(outputText(tree.output)).toBe("Hello there");
  });

  it("delta for a missing content part (the part is created)", () => {
    const tree = reduceEvents(
      eventsOf([...base(), delta("second", { content_index: 1 })]),
    );
    expect(tree.violations.map((v) => v.code)).toEqual([
      "missing_content_part",
    ]);
    expect(outputText(tree.output)).toBe("Hellosecond");
  });

  it("delta for a missing summary part", () => {
    const item = { id: "rs_1", type: "reasoning", summary: [] };
    const events = eventsOf([
      created(),
      { type: "response.output_item.added", output_index: 0, item },
      {
        type: "response.reasoning_summary_text.delta",
        item_id: "rs_1",
        output_index: 0,
        summary_index: 0,
        delta: "hm",
      },
    ]);
    const tree = reduceEvents(events);
    expect(tree.violations.map((v) => v.code)).toEqual([
      "missing_content_part",
    ]);
    expect(tree.output[0]?.item).toMatchObject({
      summary: [{ type: "summary_text", text: "hm" }],
    });
  });

  it("delta for an item never added (a placeholder is made)", () => {
    const tree = reduceEvents(
      eventsOf([
        created(),
        {
          type: "response.function_call_arguments.delta",
          item_id: "fc_9",
          output_index: 0,
          delta: "{}",
        },
      ]),
    );
    expect(tree.violations.map((v) => v.code)).toEqual(["missing_item"]);
    expect(tree.output[0]).toMatchObject({
      origin: "placeholder",
      item: { id: "fc_9", type: "function_call", arguments: "{}" },
    });
  });

  it("event family not matching the item type", () => {
    const events = eventsOf([
      created(),
      { type: "response.output_item.added", output_index: 0, item: fc },
      {
        type: "response.output_text.delta",
        item_id: "fc_1",
        output_index: 0,
        content_index: 0,
        delta: "x",
        logprobs: [],
      },
    ]);
    const tree = reduceEvents(events);
    expect(tree.violations.map((v) => v.code)).toEqual(["wrong_item_type"]);
    expect(tree.output[0]?.item).toEqual(fc);
  });

  it("delta of the wrong part type", () => {
    const events = eventsOf([
      ...base().slice(0, 3),
      { type: "response.refusal.delta", ...at, delta: "no" },
    ]);
    expect(codes(events)).toEqual(["wrong_part_type"]);
  });

  it("content_part.added index that is not the current length", () => {
    const events = eventsOf([
      ...base(),
      {
        type: "response.content_part.added",
        ...at,
        content_index: 2,
        part: textPart,
      },
    ]);
    expect(codes(events)).toEqual(["content_index_mismatch"]);
  });

  it("output_item.done changing type, id or call_id", () => {
    const events = eventsOf([
      created(),
      { type: "response.output_item.added", output_index: 0, item: fc },
      {
        type: "response.output_item.done",
        output_index: 0,
        item: { ...fc, call_id: "call_2" },
      },
    ]);
    const tree = reduceEvents(events);
    expect(tree.violations.map((v) => v.code)).toEqual(["item_done_changed"]);
    expect(tree.violations[0]?.message).toContain("call_id call_1 → call_2");
  });

  it("a .done value that differs from the deltas", () => {
    const events = eventsOf([
      ...base(),
      {
        type: "response.output_text.done",
        ...at,
        text: "Goodbye",
        logprobs: [],
      },
    ]);
    const tree = reduceEvents(events);
    expect(tree.violations.map((v) => v.code)).toEqual(["done_mismatch"]);
    expect(outputText(tree.output)).toBe("Goodbye");
  });
});
