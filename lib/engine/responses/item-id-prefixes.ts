import { invalidRequest } from "../errors";
import { stringField } from "../model/input-items";

/**
 * The prefix the API requires of an input item's `id`, by item type, as its errors record it ("Expected an ID
 * that begins with 'fc'"); types whose rule no record shows are not checked.
 */
const ID_PREFIXES: Readonly<Record<string, string>> = {
  message: "msg",
  reasoning: "rs",
  function_call: "fc",
  custom_tool_call: "ctc",
  web_search_call: "ws",
};

/**
 * Refuses an input item whose `id` lacks its type's prefix, as the API does when a client replays items another
 * provider or its own bookkeeping named (`call_…` as a function call's id, `item_…` as a reasoning item's).
 */
export function checkItemIdPrefixes(input: unknown): void {
  if (!Array.isArray(input)) return;
  input.forEach((item: unknown, index) => {
    const id = stringField(item, "id");
    const prefix = ID_PREFIXES[stringField(item, "type") ?? "message"];
    if (id === undefined || prefix === undefined || id.startsWith(prefix))
      return;
    throw invalidRequest(
      `Invalid 'input[${index}].id': '${id}'. Expected an ID that begins with '${prefix}'.`,
      `input[${index}].id`,
      "invalid_value",
    );
  });
}
