import { describe, expect, it } from "vitest";
import { countWords, prose } from "./prose";

describe("prose", () => {
  it("has exactly the requested number of words", () => {
    for (const count of [1, 2, 9, 10, 57, 1000])
      expect(countWords(prose(count))).toBe(count);
  });

  it("is deterministic and grows predictably", () => {
    expect(prose(30)).toBe(prose(30));
    expect(prose(40).length).toBeGreaterThan(prose(30).length);
    expect(prose(40).startsWith(prose(30).slice(0, -1))).toBe(true);
  });

  it("reads as sentences: capitalised start, final period, paragraph breaks", () => {
    const text = prose(200);
    expect(text).toMatch(/^[A-Z]/);
    expect(text.endsWith(".")).toBe(true);
    expect(text).toContain("\n\n");
  });

  it("produces 50000 words", () => {
    expect(countWords(prose(50_000))).toBe(50_000);
  });
});
