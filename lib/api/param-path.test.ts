import { describe, expect, it } from "vitest";
import { paramPath } from "./param-path";

describe("paramPath", () => {
  it("puts indices in brackets and joins keys with dots", () => {
    expect(paramPath(["input", 0, "content", 2, "text"])).toBe(
      "input[0].content[2].text",
    );
  });

  it("starts with an index when the body itself is a list", () => {
    expect(paramPath([1, "type"])).toBe("[1].type");
  });

  it("is empty for the body itself", () => {
    expect(paramPath([])).toBe("");
  });
});
