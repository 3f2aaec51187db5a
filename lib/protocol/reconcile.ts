import { isOutputItem, itemId } from "./json";
import type { RunTree } from "./run-tree";
import {
  addViolation,
  appendNode,
  newNode,
  type EventContext,
} from "./tree-ops";

function describe(item: { type: string }, id: string | null): string {
  return id === null ? item.type : `${item.type} ${id}`;
}

/** Compares the items both sides have by type and id (cheap; deltas were checked as they came). */
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
    }
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
