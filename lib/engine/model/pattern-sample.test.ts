import { describe, expect, it } from "vitest";
import {
  matchesWholeRegex,
  samplePattern,
  sampleWholeRegex,
} from "./pattern-sample";

describe("samplePattern", () => {
  it.each([
    "^[A-Z]{3}-\\d{4}$",
    "^\\d+$",
    "^[a-z0-9_]{2,8}$",
    "^ab?c*d+\\.e$",
    "^#[0-9a-fA-F]{6}$",
    "x{2,}",
    "^(a|b)$",
    "^[^a]+$",
    "^(?<user>\\w+)@example\\.(com|org)$",
  ])("generates a string matching %s", (pattern) => {
    const sample = samplePattern(pattern);
    expect(sample).not.toBeNull();
    expect(new RegExp(pattern, "u").test(sample ?? "")).toBe(true);
  });

  it("takes the first choice and the fewest repetitions", () => {
    expect(samplePattern("^[A-Z]{3}-\\d{4}$")).toBe("AAA-0000");
    expect(samplePattern("^(yes|no)!?$")).toBe("yes");
    expect(samplePattern("^.+\\.[.]$")).toBe("a..");
  });

  it("gives up on what it cannot read or cannot satisfy", () => {
    expect(samplePattern("^(unclosed$")).toBeNull();
    expect(samplePattern("^a(?=b)$")).toBeNull();
    expect(samplePattern("^a{100000000}$")).toBeNull();
    expect(samplePattern("^(a{1000}){1000}$")).toBeNull();
  });
});

describe("sampleWholeRegex", () => {
  const date =
    "(?P<month>January|February)\\s+(?P<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?P<year>\\d{4})";

  it("reads Python-style named groups and matches the whole input", () => {
    const sample = sampleWholeRegex(date);
    expect(sample).toBe("January 0 0000");
    expect(matchesWholeRegex(date, "February 29th 2028")).toBe(true);
    expect(matchesWholeRegex(date, "On February 29th 2028")).toBe(false);
  });

  it("is null for a regex randexp cannot read", () => {
    expect(sampleWholeRegex("(?i)hello")).toBeNull();
  });

  it("matches as the API's Rust regexes do: in linear time, with inline flags and without lookarounds", () => {
    // JavaScript's backtracking matcher takes seconds to fail on these 32 a's, twice as long with each more.
    expect(matchesWholeRegex("(a+)+$", `${"a".repeat(32)}!`)).toBe(false);
    expect(matchesWholeRegex("(a+)+$", "aaaa")).toBe(true);
    expect(matchesWholeRegex("(?i)hello", "HeLLo")).toBe(true);
    expect(matchesWholeRegex("(?=a)a", "a")).toBe(false);
  });
});
