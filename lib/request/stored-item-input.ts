import type { ResponseItem } from "openai/resources/responses/responses";

// Item types whose input shape has no `status` (in the API's schema), so a stored copy's must go.
const WITHOUT_STATUS = new Set([
  "custom_tool_call",
  "custom_tool_call_output",
  "mcp_list_tools",
  "mcp_approval_request",
  "mcp_approval_response",
  "compaction",
]);

/**
 * A stored input item as a request's input carries it: a user, system or developer message without the id and status
 * the server gave it (its input shape has no id); any other item (an assistant message, a tool call, reasoning) keeps
 * its id, which its input shape requires, and its status where that shape has one.
 */
export function storedItemAsInput(item: ResponseItem): Record<string, unknown> {
  const { id, status, ...rest } = item as ResponseItem & { status?: unknown };
  if ("role" in item && item.role !== "assistant") return rest;
  return {
    ...rest,
    id,
    ...(status === undefined || WITHOUT_STATUS.has(item.type)
      ? {}
      : { status }),
  };
}
