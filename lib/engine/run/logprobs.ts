import type {
  ResponseOutputText,
  ResponseTextDeltaEvent,
} from "openai/resources/responses/responses";
import { decode, encode } from "../tokenizer/o200k";

/** Ids below this are ordinary tokens of o200k_base, safe to decode as alternatives. */
const VOCABULARY = 199_000;

type EventLogprob = ResponseTextDeltaEvent.Logprob;
type PartLogprob = ResponseOutputText.Logprob;

/** A stable pseudo-probability for a token: the same token always gets the same logprob, in (-2.5, 0]. */
function logprobOf(token: string, rank: number): number {
  let hash = 2166136261;
  for (const char of token)
    hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  const base = -((hash >>> 0) % 2500) / 1000;
  return Number((base - rank * 0.75).toFixed(4));
}

function bytesOf(token: string): number[] {
  return [...Buffer.from(token, "utf8")];
}

/** The chosen token first, then the next token ids of the vocabulary as its less likely alternatives. */
function alternatives(id: number, token: string, top: number) {
  return Array.from({ length: top }, (_, rank) => {
    const text = rank === 0 ? token : decode([(id + rank) % VOCABULARY]);
    return { token: text, logprob: logprobOf(text, rank) };
  });
}

/**
 * Deterministic logprobs of a text delta, per o200k token, with `top` alternatives each: in the
 * events' shape (no bytes) and in the output part's shape (with bytes), as the API sends them.
 */
export function deltaLogprobs(
  delta: string,
  top: number,
): { event: EventLogprob[]; part: PartLogprob[] } {
  const event: EventLogprob[] = [];
  const part: PartLogprob[] = [];
  for (const id of encode(delta)) {
    const token = decode([id]);
    const topLogprobs = alternatives(id, token, top);
    const logprob = logprobOf(token, 0);
    event.push({ token, logprob, top_logprobs: topLogprobs });
    part.push({
      token,
      logprob,
      bytes: bytesOf(token),
      top_logprobs: topLogprobs.map((alt) => ({
        ...alt,
        bytes: bytesOf(alt.token),
      })),
    });
  }
  return { event, part };
}
