import type {
  ResponseOutputItem,
  ResponseReasoningItem,
} from "openai/resources/responses/responses";
import { readIndex, type MessagePart } from "./json";
import type { RunTree } from "./run-tree";
import { addViolation, setAt, updateItem, type EventContext } from "./tree-ops";

/** How to reach one kind of part list inside an item (message content, reasoning summary or content). */
export interface PartList<P extends { type: string }> {
  /** The event field that indexes the list. */
  indexKey: "content_index" | "summary_index";
  /** Words for messages: "content part" or "summary part". */
  label: string;
  read: (item: ResponseOutputItem) => readonly P[] | null;
  write: (item: ResponseOutputItem, parts: P[]) => ResponseOutputItem;
}

/** Reads a list that a server may have left out or sent as a non-array. */
function asList<P>(value: readonly P[] | null | undefined): readonly P[] {
  const list: unknown = value;
  return Array.isArray(list) ? (list as readonly P[]) : [];
}

export const messageContent: PartList<MessagePart> = {
  indexKey: "content_index",
  label: "content part",
  read: (item) => (item.type === "message" ? asList(item.content) : null),
  write: (item, content) =>
    item.type === "message" ? { ...item, content } : item,
};

export const reasoningSummary: PartList<ResponseReasoningItem.Summary> = {
  indexKey: "summary_index",
  label: "summary part",
  read: (item) => (item.type === "reasoning" ? asList(item.summary) : null),
  write: (item, summary) =>
    item.type === "reasoning" ? { ...item, summary } : item,
};

export const reasoningContent: PartList<ResponseReasoningItem.Content> = {
  indexKey: "content_index",
  label: "content part",
  read: (item) => (item.type === "reasoning" ? asList(item.content) : null),
  write: (item, content) =>
    item.type === "reasoning" ? { ...item, content } : item,
};

export interface PartUpdate<P> {
  /** The part type the event addresses, for messages. */
  expected: string;
  /** A fresh part for deltas that address a part the stream never added. */
  create: () => P;
  /** The new part, or null when `part` is not of the expected type. */
  apply: (part: P) => P | null;
  /** For `.done` events: describes how the final value differs from what the deltas built, or null. */
  check?: (part: P) => string | null;
}

/** Updates one part of the item at `position`; a missing part is recorded and created, a wrong one recorded and skipped. */
export function updatePart<P extends { type: string }>(
  tree: RunTree,
  ctx: EventContext,
  position: number,
  list: PartList<P>,
  update: PartUpdate<P>,
): RunTree {
  const node = tree.output[position];
  const parts = node === undefined ? null : list.read(node.item);
  if (parts === null) return tree;
  const requested = readIndex(ctx.data, list.indexKey);
  let index = requested ?? parts.length;
  let part = requested === null ? undefined : parts[requested];
  let next = tree;
  if (part === undefined) {
    next = addViolation(
      next,
      ctx.event,
      "missing_content_part",
      `${ctx.event.type} addresses ${list.label} ${requested ?? "(no index)"} of output[${position}], which has ${parts.length}; it was created.`,
    );
    part = update.create();
    index = Math.min(index, parts.length);
  }
  const updated = update.apply(part);
  if (updated === null) {
    return addViolation(
      next,
      ctx.event,
      "wrong_part_type",
      `${ctx.event.type} expects a ${update.expected} part, but ${list.label} ${index} is ${part.type}.`,
    );
  }
  const mismatch = next === tree ? update.check?.(part) : null;
  if (mismatch) next = addViolation(next, ctx.event, "done_mismatch", mismatch);
  return updateItem(next, position, ctx.event, (item) =>
    list.write(item, setAt(parts, index, updated)),
  );
}

/** Adds a part at the end of a list, recording an index that is not the current length. */
export function addPart<P extends { type: string }>(
  tree: RunTree,
  ctx: EventContext,
  position: number,
  list: PartList<P>,
  part: P,
): RunTree {
  const node = tree.output[position];
  const parts = node === undefined ? null : list.read(node.item);
  if (parts === null) return tree;
  const requested = readIndex(ctx.data, list.indexKey);
  let next = tree;
  if (requested !== parts.length) {
    next = addViolation(
      next,
      ctx.event,
      "content_index_mismatch",
      `${ctx.event.type} has ${list.indexKey} ${requested ?? "missing"}, expected ${parts.length} (parts are appended in order).`,
    );
  }
  const index =
    requested !== null && requested < parts.length ? requested : parts.length;
  return updateItem(next, position, ctx.event, (item) =>
    list.write(item, setAt(parts, index, part)),
  );
}
