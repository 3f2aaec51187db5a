import { describe, expect, it } from "vitest";
import { buildTools } from "./build-tools";
import { newDraftTool } from "./draft-tool-schema";
import { newToolRow } from "./new-tool-row";

describe("newToolRow", () => {
  it("makes the first function and the first custom tool sendable examples, later ones blank", () => {
    const firstFunction = newToolRow(newDraftTool("function", "t1"), []);
    const secondFunction = newToolRow(newDraftTool("function", "t2"), [
      firstFunction,
    ]);
    const firstCustom = newToolRow(newDraftTool("custom", "t3"), [
      firstFunction,
    ]);
    expect(buildTools([firstFunction, firstCustom]).problems).toEqual([]);
    expect(firstFunction).toMatchObject({ name: "get_weather" });
    expect(firstCustom).toMatchObject({ name: "run_code" });
    expect(secondFunction).toMatchObject({ name: "", parametersJson: "{}" });
  });

  it("leaves every other kind as the schema made it", () => {
    const search = newDraftTool("web_search", "t4");
    expect(newToolRow(search, [])).toBe(search);
  });
});
