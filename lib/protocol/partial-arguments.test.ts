import { describe, expect, it } from "vitest";
import { parseLiveJson } from "./partial-arguments";

describe("parseLiveJson", () => {
  it("reads complete, partial, empty and invalid arguments", () => {
    expect(parseLiveJson('{"city":"Paris"}')).toEqual({
      state: "complete",
      value: { city: "Paris" },
    });
    expect(parseLiveJson('{"city":"Par')).toEqual({
      state: "partial",
      value: { city: "Par" },
    });
    expect(parseLiveJson('{"a":[1,2')).toEqual({
      state: "partial",
      value: { a: [1, 2] },
    });
    expect(parseLiveJson("  ")).toEqual({ state: "empty" });
    expect(parseLiveJson("}{")).toEqual({ state: "invalid" });
  });
});
