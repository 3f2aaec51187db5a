import { describe, expect, it } from "vitest";
import { knownEventTypes } from "./event-handlers";
import {
  itemText,
  itemTitle,
  normalizeUsage,
  outputText,
} from "./item-helpers";
import { reduceEvent } from "./reduce-events";
import { toRunEvent, type RunEvent } from "./run-event";
import { initialRunTree } from "./run-tree";

/** A small seeded PRNG (mulberry32) so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ids = ["msg_1", "fc_1", "rs_1", "sh_1", "", "__proto__", "constructor"];
const itemTypes = [
  "message",
  "function_call",
  "reasoning",
  "shell_call",
  "shell_call_output",
  "mcp_call",
  "image_generation_call",
  "code_interpreter_call",
  "nonsense",
];

function pick<T>(next: () => number, values: readonly T[]): T {
  return values[Math.floor(next() * values.length)] as T;
}

function value(next: () => number, depth = 0): unknown {
  const choices: Array<() => unknown> = [
    () => Math.floor(next() * 4) - 1,
    () => next() * 3,
    () => pick(next, ids),
    () => pick(next, ["", "é😀", "中", "text"]),
    () => null,
    () => next() > 0.5,
    () => (depth > 2 ? [] : [value(next, depth + 1), value(next, depth + 1)]),
    () => (depth > 2 ? {} : item(next, depth + 1)),
  ];
  return pick(next, choices)();
}

function item(next: () => number, depth: number): Record<string, unknown> {
  const record: Record<string, unknown> = {
    type: pick(next, [
      ...itemTypes,
      "output_text",
      "refusal",
      "summary_text",
      "reasoning_text",
    ]),
    id: pick(next, ids),
  };
  for (const key of [
    "content",
    "summary",
    "arguments",
    "text",
    "action",
    "output",
    "call_id",
    "status",
    "code",
    "input",
  ]) {
    if (next() < 0.4) record[key] = value(next, depth + 1);
  }
  return record;
}

const fieldNames = [
  "item_id",
  "output_index",
  "content_index",
  "summary_index",
  "annotation_index",
  "command_index",
  "delta",
  "text",
  "arguments",
  "part",
  "item",
  "response",
  "annotation",
  "output",
  "error",
  "message",
  "code",
  "sequence_number",
  "partial_image_b64",
  "logprobs",
];

function randomEvent(next: () => number, index: number): RunEvent {
  const roll = next();
  if (roll < 0.05)
    return toRunEvent(
      {
        event: null,
        data: pick(next, ["", "{", "[DONE", "null", "42", '"x"', "[]"]),
      },
      index,
      index,
    );
  const type =
    roll < 0.1 ? `response.future_${index}` : pick(next, knownEventTypes);
  const data: Record<string, unknown> = {
    type,
    sequence_number: next() < 0.8 ? index : value(next),
  };
  for (const field of fieldNames) if (next() < 0.35) data[field] = value(next);
  if (next() < 0.3) data.item = item(next, 0);
  if (next() < 0.2)
    data.response = {
      id: pick(next, ["resp_1", "resp_2"]),
      status: pick(next, ["completed", "weird", "cancelled"]),
      output: [item(next, 0)],
      usage: value(next),
    };
  const eventName = next() < 0.9 ? type : pick(next, knownEventTypes);
  return toRunEvent(
    { event: eventName, data: JSON.stringify(data) },
    index,
    index,
  );
}

describe("fuzz", () => {
  it("never throws on random event sequences and garbage data", () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const next = random(seed);
      let tree = initialRunTree();
      const length = 1 + Math.floor(next() * 60);
      for (let index = 0; index < length; index += 1) {
        const event = randomEvent(next, index);
        expect(() => {
          tree = reduceEvent(tree, event);
        }, `seed ${seed}, event ${index}: ${event.raw}`).not.toThrow();
      }
      expect(tree.eventCount).toBe(length);
      // Handlers read defensively, so neither of the reducer's catches should be what saved it.
      const crashes = tree.violations.filter((v) => v.code === "reducer_error");
      expect(crashes, `seed ${seed}`).toEqual([]);
      expect(() => {
        for (const node of tree.output) {
          itemTitle(node.item);
          itemText(node.item);
        }
        outputText(tree.output);
        normalizeUsage(tree.usage);
      }, `seed ${seed}: helpers`).not.toThrow();
    }
  });

  it("never throws when a valid stream is shuffled or cut", () => {
    const stream = [
      {
        type: "response.created",
        response: { id: "resp_1", status: "in_progress", output: [] },
      },
      {
        type: "response.output_item.added",
        output_index: 0,
        item: { id: "msg_1", type: "message", content: [] },
      },
      {
        type: "response.content_part.added",
        item_id: "msg_1",
        output_index: 0,
        content_index: 0,
        part: { type: "output_text", text: "" },
      },
      {
        type: "response.output_text.delta",
        item_id: "msg_1",
        output_index: 0,
        content_index: 0,
        delta: "a",
      },
      {
        type: "response.output_text.done",
        item_id: "msg_1",
        output_index: 0,
        content_index: 0,
        text: "a",
      },
      {
        type: "response.output_item.done",
        output_index: 0,
        item: {
          id: "msg_1",
          type: "message",
          content: [{ type: "output_text", text: "a" }],
        },
      },
      {
        type: "response.completed",
        response: { id: "resp_1", status: "completed", output: [] },
      },
    ].map((data, i) => JSON.stringify({ ...data, sequence_number: i }));
    for (let seed = 1; seed <= 200; seed += 1) {
      const next = random(seed);
      const order = stream
        .map((raw) => ({ raw, key: next() }))
        .sort((a, b) => a.key - b.key);
      let tree = initialRunTree();
      order.forEach(({ raw }, index) => {
        const cut =
          next() < 0.2 ? raw.slice(0, Math.floor(next() * raw.length)) : raw;
        expect(() => {
          tree = reduceEvent(
            tree,
            toRunEvent({ event: null, data: cut }, index, index),
          );
        }).not.toThrow();
      });
      expect(tree.eventCount).toBe(stream.length);
    }
  });
});

describe("the reducer's last resort", () => {
  it("records a reducer_error instead of hiding an event it could not read", () => {
    const event = toRunEvent(
      { event: "response.created", data: '{"type":"response.created"}' },
      0,
      0,
    );
    // A data object whose fields throw when read stands in for a shape nobody foresaw.
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("unreadable field");
        },
        has: () => true,
      },
    );
    const tree = reduceEvent(initialRunTree(), { ...event, data: hostile });
    expect(tree.eventCount).toBe(1);
    expect(tree.violations).toEqual([
      expect.objectContaining({
        code: "reducer_error",
        message: expect.stringContaining("unreadable field") as string,
      }),
    ]);
  });
});
