import { isRecord, type JsonRecord } from "./json";
import type { RunEvent } from "./run-event";
import type { RunTree } from "./run-tree";

const TEXT_DELTA = "response.output_text.delta";

/** The data of a well-formed text delta that carries nothing but text (no logprobs to keep), else null. */
function plainTextDelta(event: RunEvent): JsonRecord | null {
  const data = event.data;
  if (event.type !== TEXT_DELTA || !event.parsed || !isRecord(data))
    return null;
  if (event.eventName !== null && event.eventName !== TEXT_DELTA) return null;
  if (data.type !== TEXT_DELTA || typeof data.delta !== "string") return null;
  const logprobs = data.logprobs;
  const noLogprobs =
    logprobs === undefined ||
    (Array.isArray(logprobs) && logprobs.length === 0);
  return noLogprobs ? data : null;
}

/**
 * How many events from `start` form a run of plain text deltas to one content part with consecutive
 * sequence numbers: such a run changes the tree exactly as one delta carrying all their text.
 */
export function textDeltaRunLength(
  events: readonly RunEvent[],
  start: number,
): number {
  const first = events[start];
  const head = first ? plainTextDelta(first) : null;
  if (!first || head === null || first.sequenceNumber === null) return 0;
  let length = 1;
  let sequence = first.sequenceNumber;
  for (let i = start + 1; i < events.length; i++) {
    const event = events[i] as RunEvent;
    const data = plainTextDelta(event);
    if (
      data === null ||
      event.sequenceNumber !== sequence + 1 ||
      data.item_id !== head.item_id ||
      data.output_index !== head.output_index ||
      data.content_index !== head.content_index
    )
      break;
    sequence = event.sequenceNumber;
    length++;
  }
  return length;
}

/**
 * Reduces a run of text deltas (see `textDeltaRunLength`) in two steps instead of one per event: the first
 * delta as it is, which checks the target; then, if it applied cleanly, the rest as one delta with their
 * joined text, numbered and counted as the events it stands for. A first delta that broke a rule falls back
 * to event by event, so every violation is recorded as it would be.
 */
export function reduceTextDeltaRun(
  tree: RunTree,
  run: readonly RunEvent[],
  reduceEvent: (tree: RunTree, event: RunEvent) => RunTree,
): RunTree {
  const [first, ...rest] = run;
  const last = rest.at(-1);
  if (!first || !last || last.sequenceNumber === null)
    return run.reduce(reduceEvent, tree);
  const afterFirst = reduceEvent(tree, first);
  const clean =
    afterFirst.violations.length === tree.violations.length &&
    afterFirst.lastSequence === first.sequenceNumber &&
    afterFirst.terminal === null;
  if (!clean) return rest.reduce(reduceEvent, afterFirst);
  const joined = rest.map((event) => (event.data as JsonRecord).delta).join("");
  const combined: RunEvent = {
    ...last,
    data: { ...(last.data as JsonRecord), delta: joined },
  };
  return reduceEvent(
    {
      ...afterFirst,
      lastSequence: last.sequenceNumber - 1,
      eventCount: afterFirst.eventCount + rest.length - 1,
    },
    combined,
  );
}
