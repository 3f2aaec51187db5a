import type {
  ResponseFunctionCallOutputItemList,
  ResponseInputItem,
} from "openai/resources/responses/responses";

/** Narrows an unknown JSON value to a plain object, so fields can be read without `any`. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads a string field of an unknown object; undefined when absent or not a string. */
export function stringField(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  return typeof field === "string" ? field : undefined;
}

/** A message item in any of its input shapes (easy input, input message, echoed output message). */
export type MessageItem = Extract<
  ResponseInputItem,
  { role: string; content: unknown }
>;

export function isMessageItem(item: ResponseInputItem): item is MessageItem {
  return (
    "role" in item &&
    "content" in item &&
    (item.type === undefined || item.type === "message")
  );
}

/** Content parts as unknown records, because servers and clients send part types the SDK does not list. */
export function messageParts(item: MessageItem): Record<string, unknown>[] {
  if (typeof item.content === "string")
    return [{ type: "input_text", text: item.content }];
  const parts: unknown[] = item.content;
  return parts.filter(isRecord);
}

export function lastUserIndex(items: readonly ResponseInputItem[]): number {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item !== undefined && isMessageItem(item) && item.role === "user")
      return index;
  }
  return -1;
}

/** The text parts of the last user message, joined; "" when there is none. */
export function lastUserText(items: readonly ResponseInputItem[]): string {
  const item = items[lastUserIndex(items)];
  if (item === undefined || !isMessageItem(item)) return "";
  return messageParts(item)
    .filter((part) => part.type === "input_text" || part.type === "output_text")
    .map((part) => stringField(part, "text") ?? "")
    .join("");
}

/** A tool result the client sent back, with the name of the call it answers. */
export interface ToolResult {
  callId: string;
  name: string;
  output: string;
}

/** Renders a tool output that is a list of parts as text, naming the non-text parts. */
function outputText(
  output: string | ResponseFunctionCallOutputItemList,
): string {
  if (typeof output === "string") return output;
  return output
    .map((part) => (part.type === "input_text" ? part.text : `[${part.type}]`))
    .join("\n");
}

/** Finds the function name of a call id among earlier items, since outputs carry only the id. */
function callName(
  items: readonly ResponseInputItem[],
  callId: string,
): string | undefined {
  for (const item of items) {
    if (item.type === "function_call" && item.call_id === callId)
      return item.name;
  }
  return undefined;
}

/** The `function_call_output` items that follow the last user message, oldest first. */
export function toolResultsAfterLastUser(
  items: readonly ResponseInputItem[],
): ToolResult[] {
  const results: ToolResult[] = [];
  for (const item of items.slice(lastUserIndex(items) + 1)) {
    if (item.type !== "function_call_output") continue;
    const callId = item.call_id ?? "";
    const name = callName(items, callId) ?? item.name ?? "unknown_tool";
    results.push({ callId, name, output: outputText(item.output) });
  }
  return results;
}
