import { reduceEvents } from "../reduce-events";
import { toRunEvent, type RunEvent } from "../run-event";
import type { ViolationCode } from "../run-tree";
import { at, created, delta, msg, textPart } from "./streams";

export const fc = {
  id: "fc_1",
  type: "function_call",
  call_id: "call_1",
  name: "f",
  arguments: "",
  status: "in_progress",
};

/** created, a message with one text part, and two deltas: a valid start every case bends. */
export const base = () => [
  created(),
  { type: "response.output_item.added", output_index: 0, item: msg },
  { type: "response.content_part.added", ...at, part: textPart },
  delta("Hello"),
];

export function codes(events: readonly RunEvent[]): ViolationCode[] {
  return reduceEvents(events).violations.map((violation) => violation.code);
}

export function raw(
  eventName: string | null,
  data: string,
  index: number,
): RunEvent {
  return toRunEvent({ event: eventName, data }, index, index);
}
