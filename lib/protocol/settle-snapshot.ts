import type {
  Response as ApiResponse,
  ResponseOutputItem,
} from "openai/resources/responses/responses";
import { itemId } from "./json";
import type { RunTree } from "./run-tree";

/**
 * A run whose stream ended without a closing event (a cancelled background response: the API sends none), settled by
 * the Response retrieved after it: each item still open takes the status the server gave it. Nothing else changes,
 * so the events stay the record of what was streamed.
 */
export function settleFromSnapshot(
  tree: RunTree,
  response: ApiResponse,
): RunTree {
  const statuses = new Map<string, string>();
  for (const item of response.output) {
    const id = itemId(item);
    if (id !== null && "status" in item && typeof item.status === "string")
      statuses.set(id, item.status);
  }
  let changed = false;
  const output = tree.output.map((node) => {
    const id = itemId(node.item);
    const status = id === null ? undefined : statuses.get(id);
    if (node.done || status === undefined) return node;
    changed = true;
    // A hosted tool's last phase ("searching", ...) would otherwise still be shown over the final status.
    const item = { ...node.item, status } as ResponseOutputItem;
    return { ...node, item, phase: null };
  });
  return changed ? { ...tree, output } : tree;
}
