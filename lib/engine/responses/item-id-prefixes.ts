import { invalidRequest } from "../errors";
import { itemIdPrefix } from "../ids";
import { stringField } from "../model/input-items";

/**
 * Item types whose id prefix the API enforces, as its errors record it ("Expected an ID that begins with 'fc'");
 * types whose rule no record shows are not checked.
 */
const CHECKED_TYPES = new Set([
  "message",
  "reasoning",
  "function_call",
  "custom_tool_call",
  "web_search_call",
]);

/**
 * Refuses an input item whose `id` lacks its type's prefix, as the API does when a client replays items another
 * provider or its own bookkeeping named (`call_…` as a function call's id, `item_…` as a reasoning item's).
 */
export function checkItemIdPrefixes(input: unknown): void {
  if (!Array.isArray(input)) return;
  input.forEach((item: unknown, index) => {
    const id = stringField(item, "id");
    const type = stringField(item, "type") ?? "message";
    const prefix = CHECKED_TYPES.has(type) ? itemIdPrefix(type) : undefined;
    if (id === undefined || prefix === undefined || id.startsWith(prefix))
      return;
    throw invalidRequest(
      `Invalid 'input[${index}].id': '${id}'. Expected an ID that begins with '${prefix}'.`,
      `input[${index}].id`,
      "invalid_value",
    );
  });
}
