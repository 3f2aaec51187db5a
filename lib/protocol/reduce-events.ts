import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { handlerFor } from "./event-handlers";
import { reduceTextDeltaRun, textDeltaRunLength } from "./fold-text-deltas";
import { isRecord, readIndex, readString } from "./json";
import { runEventsFromResponse, type RunEvent } from "./run-event";
import { initialRunTree, type RunTree, type UnknownEventRef } from "./run-tree";
import { addViolation, replaceNode } from "./tree-ops";

export { initialRunTree } from "./run-tree";

/** Sequence numbers start at 0 and rise by exactly 1; a server that never sends them is told once, not per event. */
function checkSequence(tree: RunTree, event: RunEvent): RunTree {
  const sequence = event.sequenceNumber;
  if (sequence === null) {
    const firstOrAfterNumbered =
      tree.eventCount === 1 || tree.lastSequence !== null;
    if (!isRecord(event.data) || !firstOrAfterNumbered) return tree;
    return addViolation(
      tree,
      event,
      "missing_sequence_number",
      "The event has no sequence_number.",
    );
  }
  const last = tree.lastSequence;
  const expected = last === null ? 0 : last + 1;
  let next = tree;
  if (last !== null && sequence <= last) {
    next = addViolation(
      next,
      event,
      "sequence_not_increasing",
      `sequence_number ${sequence} does not rise above ${last}.`,
    );
  } else if (sequence !== expected) {
    next = addViolation(
      next,
      event,
      "sequence_gap",
      `sequence_number ${sequence} skips ${expected}.`,
    );
  }
  return last === null || sequence > last
    ? { ...next, lastSequence: sequence }
    : next;
}

/** The data must be a JSON object with a string type, named like its `event:` line. */
function checkData(
  tree: RunTree,
  event: RunEvent,
  dataType: string | null,
): RunTree {
  let next = tree;
  if (!event.parsed) {
    next = addViolation(
      next,
      event,
      "invalid_json",
      "The data is not valid JSON.",
    );
  } else if (!isRecord(event.data)) {
    next = addViolation(
      next,
      event,
      "invalid_event",
      "The data is not a JSON object.",
    );
  } else if (dataType === null) {
    next = addViolation(
      next,
      event,
      "invalid_event",
      "The data has no string type.",
    );
  }
  if (
    event.eventName === null ||
    dataType === null ||
    event.eventName === dataType
  )
    return next;
  const message = `The event: name ${event.eventName} differs from data.type ${dataType}.`;
  return addViolation(next, event, "event_name_mismatch", message);
}

/** A run starts with response.created and ends at its terminal event; keep-alives may come anywhere. */
function checkOrder(tree: RunTree, event: RunEvent): RunTree {
  if (event.type === "keepalive") return tree;
  if (tree.firstEventType === null) {
    const next = { ...tree, firstEventType: event.type };
    if (event.type === "response.created") return next;
    const message = `The first event is ${event.type}, not response.created.`;
    return addViolation(next, event, "first_event_not_created", message);
  }
  if (tree.terminal === null) return tree;
  const message = `${event.type} arrived after the run ended (${tree.terminal}).`;
  return addViolation(tree, event, "event_after_terminal", message);
}

/** Checks that hold for every event, whatever its type. */
function checkEnvelope(
  tree: RunTree,
  event: RunEvent,
  dataType: string | null,
): RunTree {
  return checkOrder(
    checkSequence(checkData(tree, event, dataType), event),
    event,
  );
}

/** Keeps an event this reducer cannot apply, and attaches it to the item it names, if any. */
function recordUnknown(tree: RunTree, event: RunEvent): RunTree {
  const data = isRecord(event.data) ? event.data : {};
  const ref: UnknownEventRef = {
    eventIndex: event.index,
    type: event.type,
    sequenceNumber: event.sequenceNumber,
    itemId: readString(data, "item_id"),
    outputIndex: readIndex(data, "output_index"),
  };
  const next = { ...tree, unknownEvents: [...tree.unknownEvents, ref] };
  const position =
    (ref.itemId === null ? undefined : tree.itemPositions.get(ref.itemId)) ??
    ref.outputIndex;
  const node = position === null ? undefined : tree.output[position];
  if (position === null || node === undefined) return next;
  return replaceNode(next, position, {
    ...node,
    unknownEvents: [...node.unknownEvents, ref],
  });
}

function applyEvent(tree: RunTree, event: RunEvent): RunTree {
  const handler = handlerFor(event.type);
  if (handler === null || !isRecord(event.data))
    return recordUnknown(tree, event);
  try {
    return handler(tree, { event, data: event.data });
  } catch (error) {
    // Handlers read defensively; this only guards against shapes nobody foresaw.
    return addViolation(
      recordUnknown(tree, event),
      event,
      "reducer_error",
      `The event could not be applied: ${errorReason(error)}.`,
    );
  }
}

function errorReason(error: unknown): string {
  return error instanceof Error ? error.message : "unknown error";
}

/** Derives the next tree from one log entry; never throws, records every broken rule it meets. */
export function reduceEvent(tree: RunTree, event: RunEvent): RunTree {
  try {
    const data = isRecord(event.data) ? event.data : null;
    const dataType = data === null ? null : readString(data, "type");
    const checked = checkEnvelope(
      { ...tree, eventCount: tree.eventCount + 1 },
      event,
      dataType,
    );
    return applyEvent(checked, event);
  } catch (error) {
    // A last resort: the run still shows everything up to this event, and says this one was not read.
    return addViolation(
      { ...tree, eventCount: tree.eventCount + 1 },
      event,
      "reducer_error",
      `The playground could not read this event: ${errorReason(error)}.`,
    );
  }
}

/** Folds events into the tree; runs of plain text deltas are folded as one, with the same result. */
export function reduceEvents(
  events: Iterable<RunEvent>,
  from: RunTree = initialRunTree(),
): RunTree {
  const list = Array.isArray(events) ? (events as RunEvent[]) : [...events];
  let tree = from;
  for (let i = 0; i < list.length;) {
    const run = textDeltaRunLength(list, i);
    if (run > 1) {
      tree = reduceTextDeltaRun(tree, list.slice(i, i + run), reduceEvent);
      i += run;
    } else {
      tree = reduceEvent(tree, list[i] as RunEvent);
      i += 1;
    }
  }
  return tree;
}

/** The tree of a non-streamed Response (plain, background or stored), through the same reducer. */
export function treeFromResponse(response: ApiResponse): RunTree {
  return reduceEvents(runEventsFromResponse(response));
}
