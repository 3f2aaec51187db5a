import type { ResponseOutputItem } from "openai/resources/responses/responses";
import { readIndex, readString, text } from "../json";
import { resolveTarget } from "../resolve-target";
import { updateNode, type EventHandler } from "../tree-ops";

type ItemType = ResponseOutputItem["type"];
type ItemOf<T extends ItemType> = Extract<ResponseOutputItem, { type: T }>;

function isOfType<T extends ItemType>(
  item: ResponseOutputItem,
  type: T,
): item is ItemOf<T> {
  return item.type === type;
}

/**
 * A hosted-tool status event: records the phase on the node and, where the SDK does, sets the
 * item's status (mcp_list_tools and compaction items have no status to set).
 */
function phaseHandler<T extends ItemType>(
  family: T,
  phase: string,
  status?: ItemOf<T> extends { status?: infer S } ? S : never,
): EventHandler {
  return (tree, ctx) => {
    const target = resolveTarget(tree, ctx, { family: [family] });
    if (target.position === null) return target.tree;
    return updateNode(target.tree, target.position, ctx.event, (node) => ({
      phase,
      item:
        status !== undefined && isOfType(node.item, family)
          ? { ...node.item, status }
          : node.item,
    }));
  };
}

export const hostedToolHandlers = {
  "response.code_interpreter_call.in_progress": phaseHandler(
    "code_interpreter_call",
    "in_progress",
    "in_progress",
  ),
  "response.code_interpreter_call.interpreting": phaseHandler(
    "code_interpreter_call",
    "interpreting",
    "interpreting",
  ),
  "response.code_interpreter_call.completed": phaseHandler(
    "code_interpreter_call",
    "completed",
    "completed",
  ),
  "response.file_search_call.in_progress": phaseHandler(
    "file_search_call",
    "in_progress",
    "in_progress",
  ),
  "response.file_search_call.searching": phaseHandler(
    "file_search_call",
    "searching",
    "searching",
  ),
  "response.file_search_call.completed": phaseHandler(
    "file_search_call",
    "completed",
    "completed",
  ),
  "response.web_search_call.in_progress": phaseHandler(
    "web_search_call",
    "in_progress",
    "in_progress",
  ),
  "response.web_search_call.searching": phaseHandler(
    "web_search_call",
    "searching",
    "searching",
  ),
  "response.web_search_call.completed": phaseHandler(
    "web_search_call",
    "completed",
    "completed",
  ),
  "response.image_generation_call.in_progress": phaseHandler(
    "image_generation_call",
    "in_progress",
    "in_progress",
  ),
  "response.image_generation_call.generating": phaseHandler(
    "image_generation_call",
    "generating",
    "generating",
  ),
  "response.image_generation_call.completed": phaseHandler(
    "image_generation_call",
    "completed",
    "completed",
  ),
  "response.mcp_call.in_progress": phaseHandler(
    "mcp_call",
    "in_progress",
    "in_progress",
  ),
  "response.mcp_call.completed": phaseHandler(
    "mcp_call",
    "completed",
    "completed",
  ),
  "response.mcp_call.failed": phaseHandler("mcp_call", "failed", "failed"),
  "response.mcp_list_tools.in_progress": phaseHandler(
    "mcp_list_tools",
    "in_progress",
  ),
  "response.mcp_list_tools.completed": phaseHandler(
    "mcp_list_tools",
    "completed",
  ),
  "response.mcp_list_tools.failed": phaseHandler("mcp_list_tools", "failed"),
  "response.compaction.compacting": phaseHandler("compaction", "compacting"),
} as const satisfies Record<string, EventHandler>;

/** Partial images live on the node: the final item carries only the finished `result`. */
export const onPartialImage: EventHandler = (tree, ctx) => {
  const target = resolveTarget(tree, ctx, {
    family: ["image_generation_call"],
  });
  if (target.position === null) return target.tree;
  const image = {
    partialImageIndex: readIndex(ctx.data, "partial_image_index") ?? 0,
    b64: text(ctx.data.partial_image_b64),
    outputFormat: readString(ctx.data, "output_format"),
    eventIndex: ctx.event.index,
  };
  return updateNode(target.tree, target.position, ctx.event, (node) => ({
    phase: "generating",
    partialImages: [...node.partialImages, image],
  }));
};
