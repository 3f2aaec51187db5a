import { randomBase64url } from "../ids";
import { countTokens, truncateToTokens } from "../tokens";
import type { JsonObject, StoredItem } from "../types";
import type { DeltaJson } from "./delta-json";
import type { Pacer } from "./pacer";
import type { ResponseRun } from "./response-run";

/** What streaming one item needs: where it goes, how fast, and how many tokens are left. */
export interface ItemStream {
  run: ResponseRun;
  pacer: Pacer;
  obfuscate: boolean;
  /** Tokens still allowed by `max_output_tokens` (Infinity when unset). */
  budget: number;
  /** How many alternatives each token's logprobs list; null when logprobs were not asked for. */
  topLogprobs: number | null;
}

export interface ItemResult {
  tokens: number;
  truncated: boolean;
}

/** Appends an item to the response and announces it. */
export function addItem(stream: ItemStream, item: StoredItem): number {
  const items = stream.run.output;
  const outputIndex = items.length;
  items.push(item);
  stream.run.emit({
    type: "response.output_item.added",
    output_index: outputIndex,
    item,
  });
  return outputIndex;
}

export function finishItem(
  stream: ItemStream,
  outputIndex: number,
  status: string,
): void {
  const item = stream.run.output[outputIndex];
  if (!item) return;
  if ("status" in item) item.status = status;
  stream.run.emit({
    type: "response.output_item.done",
    output_index: outputIndex,
    item,
  });
}

/** The random `obfuscation` padding real servers add to delta events, unless the client turned it off. */
function obfuscationPadding(
  stream: ItemStream,
  delta: string,
): string | undefined {
  if (!stream.obfuscate) return undefined;
  return randomBase64url(Math.max(1, 16 - delta.length));
}

/** {@link obfuscationPadding} as the field to spread into an event. */
export function obfuscation(stream: ItemStream, delta: string): JsonObject {
  const padding = obfuscationPadding(stream, delta);
  return padding === undefined ? {} : { obfuscation: padding };
}

/** Announces one delta of a part, its JSON built only when someone can read it. */
export function emitDelta(
  stream: ItemStream,
  deltas: DeltaJson,
  delta: string,
  logprobs?: readonly unknown[],
): void {
  stream.run.emitLazily(deltas.type, (sequence) =>
    deltas.json(delta, logprobs, obfuscationPadding(stream, delta), sequence),
  );
}

/** Fits a text into the remaining budget, saying whether it had to be cut. */
export function withinBudget(
  text: string,
  budget: number,
): { text: string; tokens: number; truncated: boolean } {
  const tokens = countTokens(text);
  if (tokens <= budget) return { text, tokens, truncated: false };
  const cut = truncateToTokens(text, budget);
  return { text: cut, tokens: countTokens(cut), truncated: true };
}

/**
 * The deltas a text is generated in: the pieces `split` makes when anyone reads the deltas (or scores each
 * with logprobs), else the whole text as one, since only the finished text is seen.
 */
export function deltaPieces(
  stream: ItemStream,
  text: string,
  split: (text: string) => string[],
): string[] {
  if (!stream.run.eventsUnread || stream.topLogprobs !== null)
    return split(text);
  return text === "" ? [] : [text];
}

/** Streams text as deltas at the pacer's rate, calling `onDelta` to both apply and announce each one. */
export async function streamPieces(
  stream: ItemStream,
  pieces: string[],
  tokens: number,
  onDelta: (delta: string) => void,
) {
  const tokensPerPiece = pieces.length ? tokens / pieces.length : 0;
  for (const piece of pieces) {
    const wait = stream.pacer.spend(tokensPerPiece);
    if (wait) await wait;
    onDelta(piece);
  }
}
