import { describe, expect, it } from "vitest";
import { tabAfterKey } from "./tab-keys";

describe("tabAfterKey", () => {
  it("steps with the arrows and wraps at both ends", () => {
    expect(tabAfterKey("ArrowRight", 0, 3)).toBe(1);
    expect(tabAfterKey("ArrowRight", 2, 3)).toBe(0);
    expect(tabAfterKey("ArrowLeft", 1, 3)).toBe(0);
    expect(tabAfterKey("ArrowLeft", 0, 3)).toBe(2);
  });

  it("jumps to the first and last tab with Home and End", () => {
    expect(tabAfterKey("Home", 2, 3)).toBe(0);
    expect(tabAfterKey("End", 0, 3)).toBe(2);
  });

  it("leaves every other key to the page", () => {
    for (const key of ["ArrowUp", "ArrowDown", "Enter", " ", "Tab", "a"])
      expect(tabAfterKey(key, 1, 3)).toBeNull();
  });
});
