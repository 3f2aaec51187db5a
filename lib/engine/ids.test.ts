import { describe, expect, it } from "vitest";
import { newId } from "./ids";

describe("newId", () => {
  it("is the prefix and 48 hex characters, starting with the Unix time in seconds", () => {
    const before = Math.floor(Date.now() / 1000);
    const id = newId("resp");
    const after = Math.floor(Date.now() / 1000);
    expect(id).toMatch(/^resp_[0-9a-f]{48}$/);
    const seconds = parseInt(id.slice(5, 13), 16);
    expect(seconds).toBeGreaterThanOrEqual(before);
    expect(seconds).toBeLessThanOrEqual(after);
  });

  it("sorts in creation order and never repeats", () => {
    const ids = Array.from({ length: 5_000 }, () => newId("msg"));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
