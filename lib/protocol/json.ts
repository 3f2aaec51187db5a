import type {
  ResponseOutputItem,
  ResponseOutputMessage,
  ResponseReasoningItem,
} from "openai/resources/responses/responses";

/** A JSON object as it arrived from a server: keys known, values still unchecked. */
export type JsonRecord = Record<string, unknown>;

/** A content part of an assistant message (output_text or refusal). */
export type MessagePart = ResponseOutputMessage["content"][number];

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function readString(record: JsonRecord, key: string): string | null {
  const value = record[key];
  return typeof value === "string" ? value : null;
}

/** A non-negative safe integer (an array index or a sequence number), else null. */
export function readIndex(record: JsonRecord, key: string): number | null {
  const value = record[key];
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0
    ? value
    : null;
}

/** A string field, or "" when a server left it out, so concatenation never yields "undefined". */
export function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** Server items are trusted once they carry a string `type`: the union is open-ended on the wire. */
export function isOutputItem(value: unknown): value is ResponseOutputItem {
  return isRecord(value) && typeof value.type === "string";
}

/** The part a `content_part.*` event carries: a message part or a reasoning_text part. */
export type ContentPart = MessagePart | ResponseReasoningItem.Content;

export function isContentPart(value: unknown): value is ContentPart {
  return isRecord(value) && typeof value.type === "string";
}

/** The `id` of an item when it has a string one (function and custom tool calls may lack it). */
export function itemId(item: ResponseOutputItem): string | null {
  return "id" in item && typeof item.id === "string" ? item.id : null;
}

/** The `call_id` of an item when it has one. */
export function itemCallId(item: ResponseOutputItem): string | null {
  return "call_id" in item && typeof item.call_id === "string"
    ? item.call_id
    : null;
}
