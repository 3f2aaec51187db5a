import type { ResponseOutputItem } from "openai/resources/responses/responses";
import { itemId, type JsonRecord } from "./json";
import type { RunEvent } from "./run-event";
import type {
  NodeOrigin,
  OutputNode,
  RunTree,
  ViolationCode,
} from "./run-tree";

/** What a handler gets: the log entry and its data, already known to be a JSON object. */
export interface EventContext {
  event: RunEvent;
  data: JsonRecord;
}

export type EventHandler = (tree: RunTree, ctx: EventContext) => RunTree;

export function addViolation(
  tree: RunTree,
  event: RunEvent,
  code: ViolationCode,
  message: string,
): RunTree {
  const violation = {
    code,
    message,
    eventIndex: event.index,
    sequenceNumber: event.sequenceNumber,
    eventType: event.type,
  };
  return { ...tree, violations: [...tree.violations, violation] };
}

/** Reads the event's `item` or `part` object, recording an invalid event when it has no type. */
export function readTyped<T>(
  tree: RunTree,
  ctx: EventContext,
  key: "item" | "part",
  isTyped: (value: unknown) => value is T,
): { tree: RunTree; value: T | null } {
  const value = ctx.data[key];
  if (isTyped(value)) return { tree, value };
  return {
    tree: addViolation(
      tree,
      ctx.event,
      "invalid_event",
      `${ctx.event.type} has no ${key} with a type.`,
    ),
    value: null,
  };
}

export function newNode(
  item: ResponseOutputItem,
  eventIndex: number,
  origin: NodeOrigin,
): OutputNode {
  return {
    item,
    done: false,
    phase: null,
    partialImages: [],
    unknownEvents: [],
    origin,
    firstEventIndex: eventIndex,
    lastEventIndex: eventIndex,
  };
}

/** Appends a node and indexes its id; the id map is copied only when an item is added. */
export function appendNode(tree: RunTree, node: OutputNode): RunTree {
  const position = tree.output.length;
  const id = itemId(node.item);
  const itemPositions =
    id === null || id === ""
      ? tree.itemPositions
      : new Map(tree.itemPositions).set(id, position);
  return { ...tree, output: [...tree.output, node], itemPositions };
}

/** Replaces one node, sharing every other node with the previous tree. */
export function replaceNode(
  tree: RunTree,
  position: number,
  node: OutputNode,
): RunTree {
  const output = tree.output.slice();
  output[position] = node;
  return { ...tree, output };
}

/** Applies `update` to the item at `position` and stamps the node with the event that touched it. */
export function updateItem(
  tree: RunTree,
  position: number,
  event: RunEvent,
  update: (item: ResponseOutputItem) => ResponseOutputItem,
): RunTree {
  const node = tree.output[position];
  if (node === undefined) return tree;
  return replaceNode(tree, position, {
    ...node,
    item: update(node.item),
    lastEventIndex: event.index,
  });
}

/** Applies `update` to the node at `position` (for state that lives beside the item JSON). */
export function updateNode(
  tree: RunTree,
  position: number,
  event: RunEvent,
  update: (node: OutputNode) => Partial<OutputNode>,
): RunTree {
  const node = tree.output[position];
  if (node === undefined) return tree;
  return replaceNode(tree, position, {
    ...node,
    ...update(node),
    lastEventIndex: event.index,
  });
}

/** Replaces element `index` of an array (appending when it is one past the end) without touching the original. */
export function setAt<T>(array: readonly T[], index: number, value: T): T[] {
  const copy = array.slice();
  copy[Math.min(index, copy.length)] = value;
  return copy;
}

/** Describes how a `.done` event's final value differs from what the deltas built, or null when equal. */
export function doneMismatch(
  what: string,
  built: string,
  final: string,
): string | null {
  if (built === final) return null;
  return `The final ${what} (${final.length} chars) differs from the deltas (${built.length} chars).`;
}
