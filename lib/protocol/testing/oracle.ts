import { accumulateResponse } from "openai/lib/responses/ResponseAccumulator";
import type {
  Response as ApiResponse,
  ResponseStreamEvent,
} from "openai/resources/responses/responses";
import { expect } from "vitest";
import { reduceEvent, reduceEvents } from "../reduce-events";
import type { RunEvent } from "../run-event";
import { initialRunTree, type OutputNode, type RunTree } from "../run-tree";
import { created, eventsOf, finished } from "./streams";

/** Test streams follow the SDK's event types; the accumulator itself rejects any that do not. */
function asStreamEvent(event: RunEvent): ResponseStreamEvent {
  return event.data as ResponseStreamEvent;
}

/** Folds events with the SDK's strict accumulator (the oracle); throws where a stream breaks a rule. */
export function accumulateAll(events: readonly RunEvent[]): ApiResponse {
  let snapshot: ApiResponse | undefined;
  for (const event of events)
    snapshot = accumulateResponse(asStreamEvent(event), snapshot);
  if (snapshot === undefined) throw new Error("no events");
  return snapshot;
}

/** Reduces and accumulates side by side, comparing the items after every event (a wrong delta cannot hide behind output_item.done). */
export function expectAgreesWithOracle(events: readonly RunEvent[]): {
  tree: RunTree;
  oracle: ApiResponse;
} {
  let snapshot: ApiResponse | undefined;
  let tree = initialRunTree();
  for (const event of events) {
    snapshot = accumulateResponse(asStreamEvent(event), snapshot);
    tree = reduceEvent(tree, event);
    const items = tree.output.map((node) => node.item);
    expect(items, `after event ${event.index} (${event.type})`).toStrictEqual(
      snapshot.output,
    );
  }
  if (snapshot === undefined) throw new Error("no events");
  return { tree, oracle: snapshot };
}

export type EventData = Parameters<typeof eventsOf>[0][number];

/** Ends a hand-written stream with response.completed carrying the output the oracle built, as a server would. */
export function completed(
  data: readonly EventData[],
  usage: unknown = null,
): RunEvent[] {
  const output = structuredClone(accumulateAll(eventsOf(data)).output);
  return eventsOf([
    ...data,
    finished("response.completed", "completed", output, { usage }),
  ]);
}

/** One item's stream: added, the given events, done with `final`; checked against the oracle at every step. */
export function itemStream(
  item: Record<string, unknown>,
  middle: EventData[],
  final: Record<string, unknown>,
): { tree: RunTree; node: OutputNode; midway: OutputNode | undefined } {
  const events = completed([
    created(),
    { type: "response.output_item.added", output_index: 0, item },
    ...middle,
    {
      type: "response.output_item.done",
      output_index: 0,
      item: { ...item, ...final },
    },
  ]);
  const { tree } = expectAgreesWithOracle(events);
  expect(tree.violations).toEqual([]);
  const node = tree.output[0];
  if (node === undefined) throw new Error("no node");
  // The state just before output_item.done, so deltas are checked on their own.
  return { tree, node, midway: reduceEvents(events.slice(0, -2)).output[0] };
}
