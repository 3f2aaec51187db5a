import type { ResponseOutputItem } from "openai/resources/responses/responses";
import { isOutputItem, itemId, readIndex, readString } from "./json";
import type { RunTree } from "./run-tree";
import {
  addViolation,
  appendNode,
  newNode,
  type EventContext,
} from "./tree-ops";

/** Fields a placeholder needs so later deltas have something to append to. */
const placeholderFields: Record<string, Record<string, unknown>> = {
  message: { role: "assistant", status: "in_progress", content: [] },
  reasoning: { summary: [] },
  function_call: {
    call_id: "",
    name: "",
    arguments: "",
    status: "in_progress",
  },
  custom_tool_call: { call_id: "", name: "", input: "" },
  mcp_call: {
    name: "",
    server_label: "",
    arguments: "",
    status: "in_progress",
  },
  mcp_list_tools: { server_label: "", tools: [] },
  code_interpreter_call: {
    code: "",
    container_id: "",
    outputs: null,
    status: "in_progress",
  },
  file_search_call: { queries: [], status: "in_progress" },
  web_search_call: { status: "in_progress" },
  image_generation_call: { result: null, status: "in_progress" },
  shell_call: { call_id: "", action: { commands: [] }, status: "in_progress" },
  shell_call_output: { call_id: "", output: [], status: "in_progress" },
  compaction: { encrypted_content: "" },
};

/** An item made up for events that address an item the stream never announced. */
function placeholderItem(
  type: string,
  id: string | null,
): ResponseOutputItem | null {
  const candidate: unknown = { id: id ?? "", type, ...placeholderFields[type] };
  return isOutputItem(candidate) ? candidate : null;
}

export interface TargetOptions {
  /** The item types this event family applies to; the first is used for a placeholder. */
  family: readonly [string, ...string[]];
  /** False for events that address an item by output_index only (shell_call_command.*). */
  hasItemId?: boolean;
}

export interface Target {
  tree: RunTree;
  /** The position of the item to update, or null when the event cannot be applied. */
  position: number | null;
}

function findPosition(
  tree: RunTree,
  ctx: EventContext,
  hasItemId: boolean,
): Target {
  const outputIndex = readIndex(ctx.data, "output_index");
  const id = readString(ctx.data, "item_id");
  const byId = id === null ? undefined : tree.itemPositions.get(id);
  let next = tree;
  if (hasItemId && id === null) {
    next = addViolation(
      next,
      ctx.event,
      "invalid_event",
      `${ctx.event.type} has no item_id.`,
    );
  }
  const atIndex = outputIndex === null ? undefined : tree.output[outputIndex];
  if (outputIndex === null || atIndex === undefined) {
    const where =
      outputIndex === null
        ? "no valid output_index"
        : `output_index ${outputIndex}, which does not exist`;
    next = addViolation(
      next,
      ctx.event,
      "missing_item",
      `${ctx.event.type} names ${where}.`,
    );
    return { tree: next, position: byId ?? null };
  }
  if (id !== null && itemId(atIndex.item) !== id) {
    next = addViolation(
      next,
      ctx.event,
      "item_id_mismatch",
      `item_id ${id} does not match output[${outputIndex}].id (${itemId(atIndex.item) ?? "none"}).`,
    );
    return { tree: next, position: byId ?? outputIndex };
  }
  return { tree: next, position: outputIndex };
}

/** Finds the item an item-scoped event addresses, recording every mismatch, and checks the event family. */
export function resolveTarget(
  tree: RunTree,
  ctx: EventContext,
  options: TargetOptions,
): Target {
  const found = findPosition(tree, ctx, options.hasItemId ?? true);
  let next = found.tree;
  if (found.position === null) {
    const placeholder = placeholderItem(
      options.family[0],
      readString(ctx.data, "item_id"),
    );
    if (placeholder === null) return { tree: next, position: null };
    next = appendNode(
      next,
      newNode(placeholder, ctx.event.index, "placeholder"),
    );
    return { tree: next, position: next.output.length - 1 };
  }
  const node = next.output[found.position];
  if (node === undefined) return { tree: next, position: null };
  if (!options.family.includes(node.item.type)) {
    next = addViolation(
      next,
      ctx.event,
      "wrong_item_type",
      `${ctx.event.type} applies to ${options.family.join(" or ")}, but output[${found.position}] is a ${node.item.type}.`,
    );
    return { tree: next, position: null };
  }
  return { tree: next, position: found.position };
}
