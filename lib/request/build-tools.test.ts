import { describe, expect, it } from "vitest";
import { buildRequest } from "./build-request";
import { buildTools } from "./build-tools";
import { newDraftTool } from "./draft-tool-schema";
import { TOOL_KINDS, type DraftTool } from "./draft-tools";
import { draftWith } from "./testing/drafts";

function make<T extends DraftTool["type"]>(
  type: T,
  patch: Partial<Extract<DraftTool, { type: T }>> = {},
): DraftTool {
  return { ...newDraftTool(type, `t-${type}`), ...patch };
}

/** The body `buildRequest` sends for these tools, and its problems. */
function sent(tools: DraftTool[]) {
  const { body, problems } = buildRequest(draftWith({ tools }));
  return { tools: body.tools, problems };
}

describe("buildTools: each form into the exact body", () => {
  it("function: name, description, parameters and strict", () => {
    const tool = make("function", {
      name: "lookup",
      description: "Find it",
      parametersJson: '{"type":"object","properties":{}}',
      strict: false,
    });
    expect(sent([tool]).tools).toEqual([
      {
        type: "function",
        name: "lookup",
        description: "Find it",
        parameters: { type: "object", properties: {} },
        strict: false,
      },
    ]);
  });

  it("custom: free text, or a lark or regex grammar", () => {
    expect(
      sent([make("custom", { name: "sql", description: "Runs SQL" })]).tools,
    ).toEqual([
      {
        type: "custom",
        name: "sql",
        description: "Runs SQL",
        format: { type: "text" },
      },
    ]);
    for (const syntax of ["lark", "regex"] as const) {
      const tool = make("custom", {
        name: "date",
        format: "grammar",
        syntax,
        definition: "start: /\\d+/",
      });
      expect(sent([tool]).tools).toEqual([
        {
          type: "custom",
          name: "date",
          format: { type: "grammar", syntax, definition: "start: /\\d+/" },
        },
      ]);
    }
    const blank = sent([make("custom", { name: "g", format: "grammar" })]);
    expect(blank.tools).toBeUndefined();
    expect(blank.problems).toEqual([
      { field: "tools[0].format.definition", message: "Grammar is required" },
    ]);
  });

  it("web_search: context size, user location and allowed domains", () => {
    const tool = make("web_search", {
      contextSize: "high",
      location: {
        city: "Paris",
        region: "",
        country: "FR",
        timezone: "Europe/Paris",
      },
      allowedDomains: "openai.com\n example.org, ",
    });
    expect(sent([tool]).tools).toEqual([
      {
        type: "web_search",
        filters: { allowed_domains: ["openai.com", "example.org"] },
        search_context_size: "high",
        user_location: {
          type: "approximate",
          city: "Paris",
          country: "FR",
          timezone: "Europe/Paris",
        },
      },
    ]);
    expect(sent([make("web_search")]).tools).toEqual([{ type: "web_search" }]);
  });

  it("web_search_preview: no domain filter, which that tool does not take", () => {
    const tool = make("web_search", {
      variant: "web_search_preview",
      contextSize: "low",
      allowedDomains: "openai.com",
    });
    expect(sent([tool]).tools).toEqual([
      { type: "web_search_preview", search_context_size: "low" },
    ]);
  });

  it("file_search: vector stores, max results, filters and ranking options", () => {
    const tool = make("file_search", {
      vectorStoreIds: "vs_1, vs_2",
      maxResults: 5,
      filtersJson: '{"type":"eq","key":"lang","value":"en"}',
      ranker: "auto",
      scoreThreshold: 0.5,
    });
    expect(sent([tool]).tools).toEqual([
      {
        type: "file_search",
        vector_store_ids: ["vs_1", "vs_2"],
        max_num_results: 5,
        filters: { type: "eq", key: "lang", value: "en" },
        ranking_options: { ranker: "auto", score_threshold: 0.5 },
      },
    ]);
    const broken = sent([make("file_search", { filtersJson: "{" })]);
    expect(broken.tools).toBeUndefined();
    expect(broken.problems.map((p) => p.field)).toEqual([
      "tools[0].vector_store_ids",
      "tools[0].filters",
    ]);
  });

  it("code_interpreter: an auto container with files and memory, or a container id", () => {
    const auto = make("code_interpreter", {
      fileIds: "file-1\nfile-2",
      memoryLimit: "4g",
    });
    expect(sent([auto]).tools).toEqual([
      {
        type: "code_interpreter",
        container: {
          type: "auto",
          file_ids: ["file-1", "file-2"],
          memory_limit: "4g",
        },
      },
    ]);
    const byId = make("code_interpreter", {
      container: "id",
      containerId: " cntr_1 ",
    });
    expect(sent([byId]).tools).toEqual([
      { type: "code_interpreter", container: "cntr_1" },
    ]);
    expect(
      sent([make("code_interpreter", { container: "id" })]).problems,
    ).toEqual([
      { field: "tools[0].container", message: "Container id is required" },
    ]);
  });

  it("computer_use_preview: display size and environment", () => {
    const tool = make("computer_use_preview", {
      displayWidth: 1280,
      displayHeight: 800,
      environment: "mac",
    });
    expect(sent([tool]).tools).toEqual([
      {
        type: "computer_use_preview",
        display_width: 1280,
        display_height: 800,
        environment: "mac",
      },
    ]);
  });

  it("mcp: label, URL or connector, headers, authorization, allowed tools, approval", () => {
    const tool = make("mcp", {
      serverLabel: "wiki",
      serverUrl: "https://mcp.example.com/mcp",
      serverDescription: "Docs",
      headersJson: '{"X-Team":"search"}',
      authorization: "token-1",
      allowedTools: "ask\nread",
      requireApproval: "never",
    });
    expect(sent([tool]).tools).toEqual([
      {
        type: "mcp",
        server_label: "wiki",
        server_url: "https://mcp.example.com/mcp",
        server_description: "Docs",
        authorization: "token-1",
        require_approval: "never",
        headers: { "X-Team": "search" },
        allowed_tools: ["ask", "read"],
      },
    ]);
    const connector = make("mcp", {
      serverLabel: "drive",
      connection: "connector",
      connectorId: "connector_gmail",
    });
    expect(sent([connector]).tools).toEqual([
      { type: "mcp", server_label: "drive", connector_id: "connector_gmail" },
    ]);
    for (const [headersJson, message] of [
      ['{"a":1}', "Header values must be strings"],
      ['["X-Team"]', "Must be a JSON object"],
    ]) {
      const bad = make("mcp", {
        serverLabel: "x",
        serverUrl: "u",
        headersJson,
      });
      expect(sent([bad]).problems).toEqual([
        { field: "tools[0].headers", message },
      ]);
    }
    expect(sent([make("mcp")]).problems.map((p) => p.field)).toEqual([
      "tools[0].server_label",
      "tools[0].server_url",
    ]);
  });

  it("image_generation: model, size, quality, format, background, compression, partial images", () => {
    const tool = make("image_generation", {
      model: "gpt-image-1",
      size: "1024x1536",
      quality: "high",
      outputFormat: "webp",
      background: "transparent",
      outputCompression: 0,
      partialImages: 2,
    });
    expect(sent([tool]).tools).toEqual([
      {
        type: "image_generation",
        model: "gpt-image-1",
        size: "1024x1536",
        quality: "high",
        output_format: "webp",
        background: "transparent",
        output_compression: 0,
        partial_images: 2,
      },
    ]);
    expect(sent([make("image_generation")]).tools).toEqual([
      { type: "image_generation" },
    ]);
  });

  it("local_shell, shell (with its environment) and apply_patch", () => {
    expect(
      sent([
        make("local_shell"),
        make("shell", {
          environment: "container_reference",
          containerId: "cntr_9",
        }),
        make("apply_patch"),
      ]).tools,
    ).toEqual([
      { type: "local_shell" },
      {
        type: "shell",
        environment: { type: "container_reference", container_id: "cntr_9" },
      },
      { type: "apply_patch" },
    ]);
    expect(sent([make("shell", { environment: "local" })]).tools).toEqual([
      { type: "shell", environment: { type: "local" } },
    ]);
    expect(sent([make("shell")]).tools).toEqual([{ type: "shell" }]);
  });

  it("keeps the draft's order and refuses a second tool of a single-instance type", () => {
    const { value, problems } = buildTools([
      make("apply_patch"),
      make("function", { name: "f", parametersJson: "{}" }),
      make("apply_patch"),
    ]);
    expect(value.map((tool) => tool.type)).toEqual(["apply_patch", "function"]);
    expect(problems).toEqual([
      { field: "tools[2]", message: "Only one apply_patch tool can be sent" },
    ]);
  });

  it("builds a fresh tool of every kind the menu offers without throwing", () => {
    for (const kind of TOOL_KINDS) {
      const tool = newDraftTool(kind.type, "x");
      expect(tool.type).toBe(kind.type);
      expect(() => buildTools([tool])).not.toThrow();
    }
  });
});
