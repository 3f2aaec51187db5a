import fc from "fast-check";
import * as reference from "gpt-tokenizer/encoding/o200k_base";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { countTokens, decode, encode } from "./o200k";

/** gpt-tokenizer with special tokens treated as text, as the engine counts a user's text. */
const referenceEncode = (text: string) =>
  reference.encode(text, { disallowedSpecial: new Set() });

const samples = [
  "",
  "Say hello to the benchmark.",
  "The quick brown fox jumps over the lazy dog. I'll say it's fine, we've WON'T.",
  "  leading and trailing spaces   \n\n\r\n\ttabs\t\t",
  "Numbers: 1234567890, 3.14159, -42, 1e10, 007",
  "function add(a, b) {\n  return a + b; // sum\n}\n",
  '{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}',
  "日本語のテキストと中文文本，还有한국어 텍스트.",
  "Emoji 👩‍👩‍👧‍👦 and flags 🇫🇷🇯🇵, accents: café naïve résumé Ærøskøbing",
  "Arabic مرحبا بالعالم and Hebrew שלום עולם and Devanagari नमस्ते",
  "<|endoftext|> and <|im_start|> are plain text here",
  "a".repeat(300),
  "https://example.com/path?query=1&other=two#fragment",
  "lone surrogate \ud800 here and \udc00 there",
];

describe("o200k", () => {
  it.each(samples)("encodes %j as gpt-tokenizer does", (text) => {
    expect(encode(text)).toEqual(referenceEncode(text));
    expect(countTokens(text)).toBe(referenceEncode(text).length);
  });

  it("agrees with gpt-tokenizer on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        expect(encode(text)).toEqual(referenceEncode(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (text) => {
        expect(encode(text)).toEqual(referenceEncode(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with gpt-tokenizer on long pieces, which merge byte pair after byte pair", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("a", "b", "x", "é", "ab"),
          minLength: 200,
          maxLength: 2000,
        }),
        (text) => {
          expect(encode(text)).toEqual(referenceEncode(text));
        },
      ),
      { numRuns: 50 },
    );
    const run = "x".repeat(5000);
    expect(encode(run)).toEqual(referenceEncode(run));
  });

  it("counts a piece of a million letters, whose pairs a rescan per merge took minutes to merge", () => {
    expect(countTokens("x".repeat(1_000_000))).toBe(125_000);
  });

  it("decodes its own encoding back to the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        expect(decode(encode(text))).toBe(text);
      }),
    );
  });

  it("decodes single tokens as gpt-tokenizer does when they are whole characters", () => {
    for (const rank of [0, 1, 100, 9906, 50000, 123456, 199997])
      expect(decode([rank])).toBe(reference.decode([rank]));
  });

  it("decodes a token that ends mid-character as U+FFFD and rejects ids outside the vocabulary", () => {
    const tokens = encode("𠀋");
    expect(tokens.length).toBeGreaterThan(1);
    expect(decode(tokens.slice(0, 1))).toBe("\uFFFD");
    expect(decode(tokens)).toBe("𠀋");
    expect(() => decode([200_000])).toThrow(RangeError);
    expect(() => decode([-1])).toThrow(RangeError);
  });
});

describe("the rank file", () => {
  it.each([
    ["a rank out of order", "IQ== 0\nIg== 2\n", 12],
    ["a character that is not base64", "IQ== 0\nI*== 1\n", 8],
    ["a rank that is not a number", "IQ== 0\nIg== one\n", 12],
  ])(
    "is refused, with the byte where it goes wrong, for %s",
    async (_, text, at) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "o200k-"));
      const file = path.join(dir, "ranks.tiktoken");
      fs.writeFileSync(file, text);
      // A fresh copy of the module: the vocabulary is loaded once per module.
      vi.resetModules();
      const fresh = await import("./o200k");
      fresh.setVocabularyFile(file);
      expect(() => fresh.countTokens("!")).toThrow(
        `o200k_base.tiktoken is not a rank file at byte ${at}.`,
      );
      fs.rmSync(dir, { recursive: true });
    },
  );
});
