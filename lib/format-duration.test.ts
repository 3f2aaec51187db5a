import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it("reads whole-second timestamps as a person would", () => {
    expect(formatDuration(1_700_000_000, 1_700_000_000)).toBe("< 1 s");
    expect(formatDuration(1_700_000_000, 1_700_000_042)).toBe("42 s");
    expect(formatDuration(1_700_000_000, null)).toBe("–");
    expect(formatDuration(1_700_000_000, undefined)).toBe("–");
  });
});
