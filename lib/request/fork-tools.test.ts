import type { Tool } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { buildTools } from "./build-tools";
import { forkToolChoice, forkTools } from "./fork-tools";

describe("forkTools", () => {
  it("carries computers, shells and apply_patch, which build back into the same tools", () => {
    const tools: Tool[] = [
      { type: "apply_patch" },
      { type: "local_shell" },
      {
        type: "shell",
        environment: { type: "container_reference", container_id: "cntr_1" },
      },
      {
        type: "computer_use_preview",
        display_width: 800,
        display_height: 600,
        environment: "mac",
      },
    ];
    const leftOut: string[] = [];
    const forked = forkTools(tools, leftOut);
    expect(leftOut).toEqual([]);
    expect(buildTools(forked)).toEqual({ value: tools, problems: [] });
    const local: Tool[] = [{ type: "shell", environment: { type: "local" } }];
    expect(buildTools(forkTools(local, leftOut)).value).toEqual(local);
    expect(forkToolChoice({ type: "apply_patch" }, forked, leftOut)).toEqual({
      type: "hosted",
      tool: "apply_patch",
    });
  });

  it("leaves out, with a note, what the composer has no field for", () => {
    const leftOut: string[] = [];
    const forked = forkTools(
      [
        {
          type: "shell",
          environment: { type: "container_auto", file_ids: ["file-1"] },
        },
        { type: "web_search" },
      ],
      leftOut,
    );
    expect(forked).toEqual([]);
    expect(leftOut).toEqual(["tool shell", "tool web_search"]);
    expect(forkToolChoice({ type: "shell" }, forked, leftOut)).toBe("auto");
    expect(leftOut.at(-1)).toBe("tool_choice shell");
  });
});
