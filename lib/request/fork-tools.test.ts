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

  it("carries hosted tools whose every setting the composer holds, as the API echoes them", () => {
    const tools: Tool[] = [
      {
        type: "web_search",
        filters: { allowed_domains: ["openai.com", "github.com"] },
        search_context_size: "high",
        user_location: {
          type: "approximate",
          city: "Oslo",
          country: "NO",
          region: null,
          timezone: null,
        },
      },
      {
        type: "file_search",
        vector_store_ids: ["vs_1", "vs_2"],
        max_num_results: 5,
        ranking_options: { ranker: "auto", score_threshold: 0.5 },
      },
      {
        type: "code_interpreter",
        container: { type: "auto", file_ids: ["file-1"], memory_limit: "4g" },
      },
      {
        type: "mcp",
        server_label: "wiki",
        server_url: "https://mcp.example.com/mcp",
        allowed_tools: ["search"],
        require_approval: "never",
      },
      { type: "image_generation", quality: "low", partial_images: 2 },
    ];
    const leftOut: string[] = [];
    const forked = forkTools(tools, leftOut);
    expect(leftOut).toEqual([]);
    expect(forked.map((tool) => tool.type)).toEqual([
      "web_search",
      "file_search",
      "code_interpreter",
      "mcp",
      "image_generation",
    ]);
    expect(buildTools(forked).value).toMatchObject([
      {
        type: "web_search",
        user_location: { type: "approximate", city: "Oslo", country: "NO" },
      },
      ...tools.slice(1),
    ]);
    // An echo's unset location (every field null) is no setting at all.
    const unset = forkTools(
      [
        {
          type: "web_search_preview",
          user_location: {
            type: "approximate",
            city: null,
            country: null,
            region: null,
            timezone: null,
          },
        },
      ],
      leftOut,
    );
    expect(buildTools(unset).value).toEqual([{ type: "web_search_preview" }]);
    expect(
      forkToolChoice({ type: "web_search_preview" }, unset, leftOut),
    ).toEqual({
      type: "hosted",
      tool: "web_search_preview",
    });
    expect(leftOut).toEqual([]);
  });

  it("leaves out, with a note, a tool with a setting the composer has no field for", () => {
    const leftOut: string[] = [];
    const forked = forkTools(
      [
        {
          type: "shell",
          environment: { type: "container_auto", file_ids: ["file-1"] },
        },
        {
          type: "mcp",
          server_label: "wiki",
          server_url: "https://mcp.example.com/mcp",
          require_approval: { never: { tool_names: ["search"] } },
        },
        {
          type: "mcp",
          server_label: "docs",
          server_url: "https://mcp.example.com/<redacted>",
        },
      ],
      leftOut,
    );
    expect(forked).toEqual([]);
    expect(leftOut).toEqual(["tool shell", "tool mcp", "tool mcp"]);
    expect(forkToolChoice({ type: "shell" }, forked, leftOut)).toBe("auto");
    expect(leftOut.at(-1)).toBe("tool_choice shell");
  });
});
