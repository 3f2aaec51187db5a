import { describe, expect, it } from "vitest";
import { samplePattern } from "./pattern-sample";

describe("samplePattern", () => {
  it.each([
    "^[A-Z]{3}-\\d{4}$",
    "^\\d+$",
    "^[a-z0-9_]{2,8}$",
    "^ab?c*d+\\.e$",
    "^#[0-9a-fA-F]{6}$",
    "x{2,}",
  ])("generates a string matching %s", (pattern) => {
    const sample = samplePattern(pattern);
    expect(sample).not.toBeNull();
    expect(new RegExp(pattern, "u").test(sample ?? "")).toBe(true);
  });

  it("gives up on groups, alternation and negated classes", () => {
    expect(samplePattern("^(a|b)$")).toBeNull();
    expect(samplePattern("^[^a]+$")).toBeNull();
    expect(samplePattern("^\\bword$")).toBeNull();
  });

  it("is exact for fixed patterns", () => {
    expect(samplePattern("^[A-Z]{3}-\\d{4}$")).toBe("AAA-0000");
  });
});
