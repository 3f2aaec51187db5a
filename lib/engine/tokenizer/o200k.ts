import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mergeBytePairs, NO_MERGE } from "./byte-pair-merge";

/**
 * o200k_base, the tokenizer of the GPT-4o and later models, held compactly: every token's bytes sit in
 * one buffer and an open-addressing table maps them to ranks. gpt-tokenizer's own encoder keeps a Map
 * of 200,000 strings and a merge cache, about 50 MiB of the engine's memory; this holds about 5 MiB.
 * The ranks come from gpt-tokenizer's copy of OpenAI's `o200k_base.tiktoken`.
 */

/** o200k_base's pre-tokenizer (tiktoken's pattern): text splits into pieces here before byte pairs merge. */
const PIECES =
  /[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?:'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]))?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?:'(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]))?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+/uy;

const NONE = -1;

interface Vocabulary {
  /** Every token's bytes, in rank order. */
  bytes: Uint8Array;
  /** Token r is `bytes[starts[r]] … bytes[starts[r + 1] - 1]`. */
  starts: Uint32Array;
  /** Open addressing by FNV-1a of the bytes: rank + 1, 0 for an empty slot. */
  slots: Int32Array;
}

function fnv1a(source: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++)
    hash = Math.imul(hash ^ (source[i] ?? 0), 0x01000193);
  return hash >>> 0;
}

/** The ranks' package path, for a server bundled with its packages left external to resolve from its own location. */
export const VOCABULARY_SPECIFIER = "gpt-tokenizer/data/o200k_base.tiktoken";

/** Set by a server that does not run from the project root (the standalone engine's bundle). */
let vocabularyFile: string | null = null;

/** Reads the ranks from this file instead, when they are first needed. */
export function setVocabularyFile(file: string): void {
  vocabularyFile = file;
}

function readRankFile(): Buffer {
  if (vocabularyFile !== null)
    return readFileSync(/* turbopackIgnore: true */ vocabularyFile);
  // From the project root, Next's documented way to read a file at run time, spelled out so Next's build traces
  // this one file: a bundler left to resolve the package path would try to bundle the data file as a module.
  return readFileSync(
    join(process.cwd(), "node_modules/gpt-tokenizer/data/o200k_base.tiktoken"),
  );
}

/** Base64's digits by character code: each one's six bits, or -1. */
const BASE64_DIGITS = new Int8Array(128).fill(-1);
[..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].forEach(
  (digit, value) => (BASE64_DIGITS[digit.charCodeAt(0)] = value),
);
const SPACE = 0x20;
const NEWLINE = 0x0a;
const PADDING = 0x3d;

/** The file's lines are `<base64 of the token's bytes> <rank>`, in rank order. */
function loadVocabulary(): Vocabulary {
  // Read as bytes, not text: 200,000 line strings left about 25 MB of garbage in a server's memory.
  const file = readRankFile();
  const corrupt = (at: number) =>
    new Error(`o200k_base.tiktoken is not a rank file at byte ${at}.`);
  // Base64 is a third longer than its bytes, so the file's length bounds the buffer.
  const bytes = new Uint8Array(file.length);
  let lines = 1;
  for (let i = 0; i < file.length; i++) if (file[i] === NEWLINE) lines++;
  const starts = new Uint32Array(lines + 1);
  const slots = new Int32Array(1 << 19);
  const mask = slots.length - 1;
  let end = 0;
  let rank = 0;
  for (let i = 0; i < file.length; i++) {
    if (file[i] === NEWLINE) continue;
    const start = end;
    let bits = 0;
    let pending = 0;
    for (; file[i] !== SPACE; i++) {
      if (file[i] === PADDING) continue;
      const digit = BASE64_DIGITS[file[i] ?? NEWLINE] ?? -1;
      if (digit < 0) throw corrupt(i);
      bits = ((bits << 6) | digit) & 0x3fff;
      pending += 6;
      if (pending >= 8) {
        pending -= 8;
        bytes[end++] = bits >> pending;
        bits &= (1 << pending) - 1;
      }
    }
    let number = 0;
    const digitsStart = ++i;
    for (; i < file.length && file[i] !== NEWLINE; i++) {
      const digit = (file[i] ?? 0) - 0x30;
      if (digit < 0 || digit > 9) throw corrupt(i);
      number = number * 10 + digit;
    }
    if (i === digitsStart || number !== rank) throw corrupt(digitsStart);
    starts[rank + 1] = end;
    let slot = fnv1a(bytes, start, end) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = rank + 1;
    rank++;
  }
  return {
    bytes: bytes.slice(0, end),
    starts: starts.slice(0, rank + 1),
    slots,
  };
}

let vocabulary: Vocabulary | null = null;
const vocab = () => (vocabulary ??= loadVocabulary());

/** Loads the ranks now (about 100 ms), so a server can do it while idle rather than in its first answer. */
export function preloadVocabulary(): void {
  vocab();
}

/** The rank of the byte string `source[start..end)`, or NONE when it is not a token. */
function rankOf(source: Uint8Array, start: number, end: number): number {
  const { bytes, starts, slots } = vocab();
  const mask = slots.length - 1;
  const length = end - start;
  for (
    let slot = fnv1a(source, start, end) & mask;
    slots[slot] !== 0;
    slot = (slot + 1) & mask
  ) {
    const rank = (slots[slot] ?? 0) - 1;
    const at = starts[rank] ?? 0;
    if ((starts[rank + 1] ?? 0) - at !== length) continue;
    let i = 0;
    while (i < length && bytes[at + i] === source[start + i]) i++;
    if (i === length) return rank;
  }
  return NONE;
}

let scratch = new Uint8Array(1024);

/** Writes the UTF-8 bytes of `text[start..end)` to `scratch` and returns their count; a lone surrogate becomes U+FFFD, as TextEncoder does. */
function utf8(text: string, start: number, end: number): number {
  if (scratch.length < (end - start) * 3)
    scratch = new Uint8Array((end - start) * 3);
  let n = 0;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      scratch[n++] = code;
      continue;
    }
    if (code < 0x800) {
      scratch[n++] = 0xc0 | (code >> 6);
      scratch[n++] = 0x80 | (code & 0x3f);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = i + 1 < end ? text.charCodeAt(i + 1) : NaN;
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
        scratch[n++] = 0xf0 | (code >> 18);
        scratch[n++] = 0x80 | ((code >> 12) & 0x3f);
        scratch[n++] = 0x80 | ((code >> 6) & 0x3f);
        scratch[n++] = 0x80 | (code & 0x3f);
        continue;
      }
      code = 0xfffd;
    }
    scratch[n++] = 0xe0 | (code >> 12);
    scratch[n++] = 0x80 | ((code >> 6) & 0x3f);
    scratch[n++] = 0x80 | (code & 0x3f);
  }
  return n;
}

/** Byte-pair merging of the piece in `scratch`, calling `emit` with each resulting token. */
function mergePiece(length: number, emit: (rank: number) => void): void {
  mergeBytePairs(
    length,
    (start, end) => {
      const rank = rankOf(scratch, start, end);
      return rank === NONE ? NO_MERGE : rank;
    },
    (start, end) => emit(rankOf(scratch, start, end)),
  );
}

/** Feeds every token of a text to `emit`; special tokens such as `<|endoftext|>` count as plain text. */
function tokenize(text: string, emit: (rank: number) => void): void {
  // Every character starts some piece, so the pieces tile the text: a sticky test finds each one's end without
  // building the match array and substring that `matchAll` makes per piece (they cost more than the matching).
  let start = 0;
  PIECES.lastIndex = 0;
  while (PIECES.test(text)) {
    const end = PIECES.lastIndex;
    const length = utf8(text, start, end);
    start = end;
    const whole = rankOf(scratch, 0, length);
    if (whole === NONE) mergePiece(length, emit);
    else emit(whole);
  }
}

export function encode(text: string): number[] {
  const tokens: number[] = [];
  tokenize(text, (rank) => tokens.push(rank));
  return tokens;
}

export function countTokens(text: string): number {
  let count = 0;
  tokenize(text, () => count++);
  return count;
}

const decoder = new TextDecoder();

/** One token's bytes. */
function tokenBytes(rank: number): Uint8Array {
  const { bytes, starts } = vocab();
  const start = starts[rank];
  const end = starts[rank + 1];
  if (start === undefined || end === undefined || !Number.isInteger(rank))
    throw new RangeError(`${rank} is not a token of o200k_base.`);
  return bytes.subarray(start, end);
}

/** The text of a token sequence; bytes that do not complete a character decode as U+FFFD. */
export function decode(tokens: readonly number[]): string {
  return decoder.decode(Buffer.concat(tokens.map(tokenBytes)));
}
