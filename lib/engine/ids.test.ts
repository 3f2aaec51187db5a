import { describe, expect, it } from "vitest";
import { newId, randomBase64url } from "./ids";

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

describe("randomBase64url", () => {
  it("is exactly the asked number of base64url characters, fresh each time, across refills of its pool", () => {
    const drawn = Array.from({ length: 3_000 }, (_, index) =>
      randomBase64url(1 + (index % 15)),
    );
    drawn.forEach((characters, index) => {
      expect(characters).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(characters).toHaveLength(1 + (index % 15));
    });
    const long = drawn.filter((characters) => characters.length >= 12);
    expect(new Set(long).size).toBe(long.length);
  });
});
