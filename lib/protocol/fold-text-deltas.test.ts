import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reduceEvent, reduceEvents } from "./reduce-events";
import type { RunEvent } from "./run-event";
import { initialRunTree } from "./run-tree";
import {
  at,
  created,
  delta,
  eventsOf,
  finished,
  inProgress,
  msg,
  textPart,
} from "./testing/streams";
import { textDeltaRunLength } from "./fold-text-deltas";

/** The reference: every event reduced on its own. */
const oneByOne = (events: readonly RunEvent[]) =>
  events.reduce(reduceEvent, initialRunTree());

/** A well-formed message stream with these deltas (two parts, so runs end at a part boundary). */
function stream(first: string[], second: string[]) {
  const part2 = { ...at, content_index: 1 };
  return [
    created(),
    inProgress(),
    { type: "response.output_item.added", output_index: 0, item: msg },
    { type: "response.content_part.added", ...at, part: textPart },
    ...first.map((text) => delta(text)),
    { type: "response.content_part.added", ...part2, part: textPart },
    ...second.map((text) => delta(text, { content_index: 1 })),
    {
      type: "response.output_text.done",
      ...part2,
      text: second.join(""),
      logprobs: [],
    },
  ];
}

type Data = Record<string, unknown> & { type: string };

/** Ways a stream can break the rules a fold must still report exactly as event-by-event reduction does. */
const mutations: Array<(data: Data[], at: number) => Data[]> = [
  (data, i) => data.filter((_, index) => index !== i),
  (data, i) => [...data.slice(0, i + 1), ...data.slice(i)],
  (data, i) =>
    data.map((d, index) => (index === i ? { ...d, sequence_number: 999 } : d)),
  (data, i) =>
    data.map((d, index) => (index === i ? { ...d, item_id: "msg_x" } : d)),
  (data, i) =>
    data.map((d, index) => (index === i ? { ...d, content_index: 7 } : d)),
  (data, i) => data.map((d, index) => (index === i ? { ...d, delta: 42 } : d)),
  (data, i) =>
    data.map((d, index) =>
      index === i
        ? {
            ...d,
            logprobs: [
              { token: "a", logprob: -1, bytes: [97], top_logprobs: [] },
            ],
          }
        : d,
    ),
  (data, i) => [
    ...data.slice(0, i),
    finished("response.completed", "completed", []),
    ...data.slice(i),
  ],
  (data, i) => [
    ...data.slice(0, i),
    { type: "response.output_item.done", output_index: 0, item: msg },
    ...data.slice(i),
  ],
];

describe("folding runs of text deltas", () => {
  it("finds runs of deltas to one part with consecutive numbers", () => {
    const events = eventsOf(stream(["a", "b", "c"], ["d", "e"]));
    expect(textDeltaRunLength(events, 4)).toBe(3);
    expect(textDeltaRunLength(events, 5)).toBe(2);
    expect(textDeltaRunLength(events, 8)).toBe(2);
    expect(textDeltaRunLength(events, 0)).toBe(0);
  });

  it("gives the same tree as reducing one event at a time, for well-formed streams", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 30 }),
        fc.array(fc.string(), { maxLength: 30 }),
        (first, second) => {
          const events = eventsOf(stream(first, second));
          expect(reduceEvents(events)).toEqual(oneByOne(events));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("gives the same tree, violations included, for streams that break the rules", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 3 }), { minLength: 2, maxLength: 12 }),
        fc.array(
          fc.tuple(fc.nat({ max: mutations.length - 1 }), fc.nat({ max: 30 })),
          { minLength: 1, maxLength: 3 },
        ),
        (texts, changes) => {
          let data: Data[] = stream(texts, texts);
          for (const [kind, position] of changes)
            data = (mutations[kind] as (typeof mutations)[number])(
              data,
              position % data.length,
            );
          const events = eventsOf(data);
          const folded = reduceEvents(events);
          expect(folded).toEqual(oneByOne(events));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("folds in pieces as a stream reader would, with the same result", () => {
    const events = eventsOf(stream(["x", "y", "z", "w"], ["v"]));
    const inPieces = [
      events.slice(0, 5),
      events.slice(5, 7),
      events.slice(7),
    ].reduce((tree, piece) => reduceEvents(piece, tree), initialRunTree());
    expect(inPieces).toEqual(oneByOne(events));
  });
});
