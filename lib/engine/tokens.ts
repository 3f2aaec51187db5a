import {
  countTokens as countTextTokens,
  decode,
  encode,
} from "./tokenizer/o200k";
import type { JsonObject } from "./types";

/** Fixed costs for parts that are not text, so counts stay deterministic without decoding media. */
const imageTokens = 85;
const perItemOverhead = 4;

/**
 * Which counted texts keep their count: texts of up to 4,096 characters, at most 8,192 of them and 2^20
 * characters in all (about 2 MB), so the short items of a long conversation, thousands of them, all fit.
 */
const RECENT_TEXT_CHARS = 4096;
const RECENT_COUNTS = 8192;
const RECENT_CHARS = 1 << 20;
const recentCounts = new Map<string, number>();
let recentChars = 0;

/**
 * Tokens in a text. Every turn of a conversation counts its instructions and earlier items again, and clients
 * repeat their prompts, so the counts of recent short texts are kept (least recently used dropped first).
 */
export function countTokens(text: string): number {
  if (text.length > RECENT_TEXT_CHARS) return countTextTokens(text);
  const known = recentCounts.get(text);
  if (known !== undefined) {
    recentCounts.delete(text);
    recentCounts.set(text, known);
    return known;
  }
  const count = countTextTokens(text);
  recentCounts.set(text, count);
  recentChars += text.length;
  while (recentCounts.size > RECENT_COUNTS || recentChars > RECENT_CHARS) {
    const oldest = recentCounts.keys().next().value as string;
    recentCounts.delete(oldest);
    recentChars -= oldest.length;
  }
  return count;
}

/** The first `limit` tokens of a text, without a dangling half of a multibyte character. */
export function truncateToTokens(text: string, limit: number): string {
  const tokens = encode(text);
  if (tokens.length <= limit) return text;
  return decode(tokens.slice(0, Math.max(0, limit))).replace(/\uFFFD+$/u, "");
}

function partTokens(part: unknown): number {
  if (typeof part === "string") return countTokens(part);
  if (!part || typeof part !== "object") return 0;
  const record = part as JsonObject;
  if (record.type === "input_image") return imageTokens;
  if (record.type === "input_file" || record.type === "input_audio") {
    const data = record.file_data ?? record.data;
    return typeof data === "string" ? Math.ceil(data.length / 4) : imageTokens;
  }
  const text = record.text ?? record.refusal;
  return typeof text === "string"
    ? countTokens(text)
    : countTokens(JSON.stringify(record));
}

/** Tokens one input item costs: its text content through the tokenizer, media at fixed rates. */
export function itemTokens(item: JsonObject): number {
  if (item.type === "message" || (item.type === undefined && "role" in item)) {
    const content = item.content;
    const parts = Array.isArray(content) ? content : [content];
    return (
      perItemOverhead +
      parts.reduce<number>((sum, part) => sum + partTokens(part), 0)
    );
  }
  const { id: _id, status: _status, ...rest } = item;
  return perItemOverhead + countTokens(JSON.stringify(rest));
}

export interface TokenCountInput {
  instructions: string | null;
  items: JsonObject[];
  tools: unknown[];
  textFormat: unknown;
}

/** The input token count the engine reports, both in `usage` and from `input_tokens`. */
export function countInputTokens(input: TokenCountInput): number {
  let total = input.instructions
    ? perItemOverhead + countTokens(input.instructions)
    : 0;
  for (const item of input.items) total += itemTokens(item);
  if (input.tools.length > 0) total += countTokens(JSON.stringify(input.tools));
  const format = input.textFormat as JsonObject | null;
  if (format && format.type === "json_schema")
    total += countTokens(JSON.stringify(format.schema));
  return total;
}
