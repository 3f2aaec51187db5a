import { beforeAll, describe, expect, it } from "vitest";
import { buildRequest } from "./build-request";
import { loadJsonSchemaChecker } from "./json-schema-check";
import { INCLUDABLES, type Draft } from "./draft";
import { newDraftTool } from "./draft-tool-schema";
import type { DraftTool } from "./draft-tools";
import { draftWith, tool } from "./testing/drafts";

const tools: DraftTool[] = [
  tool("get_weather", "{}"),
  { ...newDraftTool("custom", "c"), name: "sql" } as DraftTool,
  {
    ...newDraftTool("mcp", "m"),
    serverLabel: "wiki",
    serverUrl: "https://mcp.example.com",
  } as DraftTool,
  newDraftTool("file_search", "fs"),
  { ...newDraftTool("file_search", "fs"), vectorStoreIds: "vs_1" } as DraftTool,
  newDraftTool("image_generation", "ig"),
];

function choice(toolChoice: Draft["toolChoice"]) {
  const { body, problems } = buildRequest(draftWith({ tools, toolChoice }));
  return {
    value: body.tool_choice,
    problems: problems.filter((p) => p.field.startsWith("tool_choice")),
  };
}

// The schema checker loads on first use in the browser; these tests check with it loaded.
beforeAll(() => loadJsonSchemaChecker());

describe("tool_choice in every form", () => {
  it("leaves out auto and sends none and required as strings", () => {
    expect(choice("auto").value).toBeUndefined();
    expect(choice("none").value).toBe("none");
    expect(choice("required").value).toBe("required");
  });

  it("names a function, a custom tool or an MCP server that is sent", () => {
    expect(choice({ type: "function", name: "get_weather" }).value).toEqual({
      type: "function",
      name: "get_weather",
    });
    expect(choice({ type: "custom", name: "sql" }).value).toEqual({
      type: "custom",
      name: "sql",
    });
    expect(
      choice({ type: "mcp", serverLabel: "wiki", name: "ask" }).value,
    ).toEqual({ type: "mcp", server_label: "wiki", name: "ask" });
    expect(choice({ type: "custom", name: "nope" })).toEqual({
      value: undefined,
      problems: [
        {
          field: "tool_choice",
          message: 'No custom tool named "nope" is sent',
        },
      ],
    });
  });

  it("sends a hosted tool type on its own when that tool is sent, as the API needs", () => {
    expect(choice({ type: "hosted", tool: "file_search" }).value).toEqual({
      type: "file_search",
    });
    expect(choice({ type: "hosted", tool: "apply_patch" })).toEqual({
      value: undefined,
      problems: [
        { field: "tool_choice", message: "No apply_patch tool is sent" },
      ],
    });
  });

  it("asks for a tool when required is chosen without one", () => {
    const { body, problems } = buildRequest(
      draftWith({ tools: [], toolChoice: "required" }),
    );
    expect(body.tool_choice).toBeUndefined();
    expect(problems).toEqual([
      { field: "tool_choice", message: "Required needs a tool to be sent" },
    ]);
  });

  it("sends allowed_tools with its mode and a reference per allowed sent tool", () => {
    const allowed = choice({
      type: "allowed_tools",
      mode: "required",
      tools: ["function:get_weather", "mcp:wiki", "image_generation", "gone"],
    });
    expect(allowed.value).toEqual({
      type: "allowed_tools",
      mode: "required",
      tools: [
        { type: "function", name: "get_weather" },
        { type: "mcp", server_label: "wiki" },
        { type: "image_generation" },
      ],
    });
    expect(
      choice({ type: "allowed_tools", mode: "auto", tools: [] }).problems,
    ).toEqual([
      { field: "tool_choice.tools", message: "Allow at least one sent tool" },
    ]);
  });
});

describe("every other parameter into the exact body", () => {
  it("sends each parameter under the API's name", () => {
    const { body, problems } = buildRequest(
      draftWith({
        parallelToolCalls: false,
        maxToolCalls: 4,
        textVerbosity: "low",
        truncation: "disabled",
        serviceTier: "priority",
        include: [...INCLUDABLES],
        topLogprobs: 5,
        includeObfuscation: false,
        promptCacheKey: "cache-1",
        promptCacheRetention: "in_memory",
        safetyIdentifier: "user-7",
        prompt: {
          id: " pmpt_1 ",
          version: "3",
          variablesJson: '{"city":"Paris"}',
        },
      }),
    );
    expect(problems).toEqual([]);
    expect(body).toEqual({
      model: "local-echo",
      prompt: { id: "pmpt_1", version: "3", variables: { city: "Paris" } },
      input: [{ role: "user", content: "Hi" }],
      parallel_tool_calls: false,
      max_tool_calls: 4,
      text: { verbosity: "low" },
      top_logprobs: 5,
      truncation: "disabled",
      include: [...INCLUDABLES],
      prompt_cache_key: "cache-1",
      prompt_cache_retention: "in_memory",
      safety_identifier: "user-7",
      service_tier: "priority",
      stream: true,
      stream_options: { include_obfuscation: false },
    });
  });

  it("sends stream_options only with a streamed request", () => {
    const body = buildRequest(
      draftWith({ stream: false, includeObfuscation: true }),
    ).body;
    expect(body).not.toHaveProperty("stream_options");
  });

  it("combines text.format and text.verbosity", () => {
    const { body } = buildRequest(
      draftWith({ textFormat: { type: "json_object" }, textVerbosity: "high" }),
    );
    expect(body.text).toEqual({
      format: { type: "json_object" },
      verbosity: "high",
    });
  });

  it("checks a json_schema format with ajv and says what is wrong", () => {
    const { body, problems } = buildRequest(
      draftWith({
        textFormat: {
          type: "json_schema",
          name: "out",
          schemaJson: '{"type":"object","properties":{"a":{"type":"strin"}}}',
          strict: true,
        },
      }),
    );
    expect(body).not.toHaveProperty("text");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe("text.format.schema");
    expect(problems[0]?.message).toMatch(
      /^Not a valid JSON Schema: properties\.a\.type: /,
    );
  });

  it("needs a prompt id when a version or variables are given, and variables as an object", () => {
    const missing = buildRequest(
      draftWith({ prompt: { id: "", version: "2", variablesJson: "" } }),
    );
    expect(missing.body).not.toHaveProperty("prompt");
    expect(missing.problems).toEqual([
      { field: "prompt.id", message: "Prompt id is required" },
    ]);
    const bad = buildRequest(
      draftWith({ prompt: { id: "p", version: "", variablesJson: "[1]" } }),
    );
    expect(bad.problems).toEqual([
      { field: "prompt.variables", message: "Must be a JSON object" },
    ]);
  });
});

describe("metadata limits", () => {
  it("holds 16 keys, 64-character keys and 512-character values", () => {
    const entries = Array.from({ length: 17 }, (_, i) => ({
      key: `k${i}`,
      value: "v",
    }));
    entries[1] = { key: "x".repeat(65), value: "v" };
    entries[2] = { key: "long", value: "y".repeat(513) };
    entries[3] = { key: "y".repeat(64), value: "z".repeat(512) };
    const { body, problems } = buildRequest(draftWith({ metadata: entries }));
    expect(Object.keys(body.metadata ?? {})).toHaveLength(15);
    expect(body.metadata?.["y".repeat(64)]).toBe("z".repeat(512));
    expect(problems).toEqual([
      {
        field: "metadata[1].key",
        message: "Keys may be at most 64 characters",
      },
      {
        field: "metadata[2].value",
        message: "Values may be at most 512 characters",
      },
    ]);
    entries.push({ key: "k98", value: "v" }, { key: "k99", value: "v" });
    expect(
      buildRequest(draftWith({ metadata: entries })).problems.at(-1),
    ).toEqual({ field: "metadata[18].key", message: "At most 16 keys" });
  });
});
