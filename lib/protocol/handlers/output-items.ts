import type { ResponseOutputItem } from "openai/resources/responses/responses";
import { isOutputItem, itemCallId, itemId, readIndex } from "../json";
import type { RunTree } from "../run-tree";
import {
  addViolation,
  appendNode,
  newNode,
  readTyped,
  replaceNode,
  type EventContext,
  type EventHandler,
} from "../tree-ops";

export const onOutputItemAdded: EventHandler = (tree, ctx) => {
  const read = readTyped(tree, ctx, "item", isOutputItem);
  let next = read.tree;
  if (read.value === null) return next;
  const outputIndex = readIndex(ctx.data, "output_index");
  if (outputIndex !== next.output.length) {
    next = addViolation(
      next,
      ctx.event,
      "output_index_mismatch",
      `output_item.added has output_index ${outputIndex ?? "missing"}, expected ${next.output.length} (items are appended in order).`,
    );
  }
  const id = itemId(read.value);
  if (id !== null && next.itemPositions.has(id)) {
    next = addViolation(
      next,
      ctx.event,
      "duplicate_item_id",
      `Item id ${id} was already used by an earlier item.`,
    );
  }
  return appendNode(next, newNode(read.value, ctx.event.index, "stream"));
};

/** Records each identity field `output_item.done` changed (the SDK rejects such a stream). */
function checkIdentity(
  tree: RunTree,
  ctx: EventContext,
  before: ResponseOutputItem,
  after: ResponseOutputItem,
): RunTree {
  const changes: string[] = [];
  if (before.type !== after.type)
    changes.push(`type ${before.type} → ${after.type}`);
  const [idBefore, idAfter] = [itemId(before), itemId(after)];
  if (idBefore !== null && idBefore !== idAfter)
    changes.push(`id ${idBefore} → ${idAfter ?? "none"}`);
  const [callBefore, callAfter] = [itemCallId(before), itemCallId(after)];
  if (callBefore !== null && callBefore !== callAfter)
    changes.push(`call_id ${callBefore} → ${callAfter ?? "none"}`);
  if (changes.length === 0) return tree;
  return addViolation(
    tree,
    ctx.event,
    "item_done_changed",
    `output_item.done changed the item's ${changes.join(", ")}.`,
  );
}

function donePosition(
  tree: RunTree,
  ctx: EventContext,
  item: ResponseOutputItem,
): { tree: RunTree; position: number | null } {
  const outputIndex = readIndex(ctx.data, "output_index");
  if (outputIndex !== null && tree.output[outputIndex] !== undefined)
    return { tree, position: outputIndex };
  const id = itemId(item);
  const byId = id === null ? undefined : tree.itemPositions.get(id);
  const next = addViolation(
    tree,
    ctx.event,
    "missing_item",
    `output_item.done names output_index ${outputIndex ?? "missing"}, which was never added.`,
  );
  return { tree: next, position: byId ?? null };
}

export const onOutputItemDone: EventHandler = (tree, ctx) => {
  const read = readTyped(tree, ctx, "item", isOutputItem);
  if (read.value === null) return read.tree;
  const item = read.value;
  const found = donePosition(read.tree, ctx, item);
  let next = found.tree;
  if (found.position === null) {
    return appendNode(next, {
      ...newNode(item, ctx.event.index, "placeholder"),
      done: true,
    });
  }
  const node = next.output[found.position];
  if (node === undefined) return next;
  next = checkIdentity(next, ctx, node.item, item);
  const id = itemId(item);
  if (
    id !== null &&
    id !== "" &&
    next.itemPositions.get(id) !== found.position
  ) {
    next = {
      ...next,
      itemPositions: new Map(next.itemPositions).set(id, found.position),
    };
  }
  return replaceNode(next, found.position, {
    ...node,
    item,
    done: true,
    lastEventIndex: ctx.event.index,
  });
};
