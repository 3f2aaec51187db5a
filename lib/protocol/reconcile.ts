import { isOutputItem, itemId } from "./json";
import type { RunTree } from "./run-tree";
import {
  addViolation,
  appendNode,
  newNode,
  replaceNode,
  type EventContext,
} from "./tree-ops";

function describe(item: { type: string }, id: string | null): string {
  return id === null ? item.type : `${item.type} ${id}`;
}

/** The top-level fields whose values differ between the streamed and the final version of an item. */
function changedKeys(ours: object, theirs: object): string[] {
  const a = ours as Record<string, unknown>;
  const b = theirs as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter(
    (key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
}

/** Compares the items both sides have: the final version wins, and any difference is noted. */
function compareItems(
  tree: RunTree,
  ctx: EventContext,
  output: readonly unknown[],
): RunTree {
  let next = tree;
  const shared = Math.min(output.length, tree.output.length);
  for (let index = 0; index < shared; index += 1) {
    const theirs = output[index];
    const ours = tree.output[index];
    if (ours === undefined) continue;
    const oursLabel = describe(ours.item, itemId(ours.item));
    const theirsLabel = isOutputItem(theirs)
      ? describe(theirs, itemId(theirs))
      : "not an item";
    if (oursLabel !== theirsLabel) {
      const message = `The final response has ${theirsLabel} at output[${index}], but the stream built ${oursLabel}.`;
      next = addViolation(next, ctx.event, "terminal_output_mismatch", message);
      continue;
    }
    if (!isOutputItem(theirs)) continue;
    const changed = changedKeys(ours.item, theirs);
    if (changed.length === 0) continue;
    // Real servers do this (a reasoning item's encrypted_content, for one): the final version is the one to keep.
    next = replaceNode(next, index, { ...ours, item: theirs });
    // An item that never finished streaming is expected to differ; item_not_done already says so.
    if (!ours.done) continue;
    const message = `The final response's ${oursLabel} differs from what streamed in ${changed.join(", ")}; the final version is shown.`;
    next = addViolation(next, ctx.event, "terminal_item_changed", message);
  }
  for (let index = output.length; index < tree.output.length; index += 1) {
    const message = `The final response lacks output[${index}], which the stream added.`;
    next = addViolation(next, ctx.event, "terminal_output_mismatch", message);
  }
  return next;
}

/** Items the final response has but the stream never announced are adopted, so they still show. */
function adoptUnstreamed(
  tree: RunTree,
  ctx: EventContext,
  output: readonly unknown[],
): RunTree {
  let next = tree;
  for (let index = tree.output.length; index < output.length; index += 1) {
    const item = output[index];
    if (!isOutputItem(item)) continue;
    const message = `output[${index}] (${item.type}) appears only in the final response, never in output_item.added.`;
    next = addViolation(next, ctx.event, "item_not_streamed", message);
    next = appendNode(next, {
      ...newNode(item, ctx.event.index, "snapshot"),
      done: true,
    });
  }
  return next;
}

/** Checks a terminal Response's output against the tree built from the stream. */
export function reconcileSnapshot(
  tree: RunTree,
  ctx: EventContext,
  output: unknown,
  requireDone: boolean,
): RunTree {
  if (!Array.isArray(output)) return tree;
  let next = compareItems(tree, ctx, output);
  if (requireDone) {
    next.output.forEach((node, index) => {
      if (node.done) return;
      const message = `output[${index}] (${node.item.type}) never got output_item.done.`;
      next = addViolation(next, ctx.event, "item_not_done", message);
    });
  }
  return adoptUnstreamed(next, ctx, output);
}
