import { randomBytes } from "node:crypto";

/** An id in the API's style: a prefix and 48 hex characters, e.g. `resp_68af…`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(24).toString("hex")}`;
}

/** Id prefixes by item type, as the real API uses them. */
const itemPrefixes: Record<string, string> = {
  message: "msg",
  function_call: "fc",
  function_call_output: "fco",
  reasoning: "rs",
  compaction: "cmp",
  custom_tool_call: "ctc",
  custom_tool_call_output: "ctco",
  mcp_approval_response: "mcpr",
  item_reference: "ref",
};

export function newItemId(type: string): string {
  return newId(itemPrefixes[type] ?? "item");
}
