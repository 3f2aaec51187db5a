import type { ResponseInputItem } from "openai/resources/responses/responses";

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
