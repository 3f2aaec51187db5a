import { describe, expect, it } from "vitest";
import { attachmentPart } from "./build-parts";
import { buildRequest } from "./build-request";
import { draftWith, tool } from "./testing/drafts";

// The parts are tested through buildRequest, so each test also proves the part lands in the body.
describe("buildRequest parts", () => {
  it("sends function tools with parsed parameters and drops broken ones with a problem", () => {
    const tools = [
      tool("broken", "{not json"),
      {
        ...tool(
          "get_weather",
          '{"type":"object","properties":{"city":{"type":"string"}}}',
        ),
        description: "Weather",
      },
      tool("no_args", "  "),
      tool("array", "[]"),
      tool("bad name", "{}"),
      tool("get_weather", "{}"),
    ];
    const { body, problems } = buildRequest(draftWith({ tools }));
    expect(body.tools).toEqual([
      {
        type: "function",
        name: "get_weather",
        description: "Weather",
        parameters: {
          type: "object",
          properties: { city: { type: "string" } },
        },
        strict: true,
      },
      {
        type: "function",
        name: "no_args",
        parameters: {
          type: "object",
          properties: {},
          required: [],
          additionalProperties: false,
        },
        strict: true,
      },
    ]);
    expect(problems.map((problem) => problem.field)).toEqual([
      "tools[0].parameters",
      "tools[3].parameters",
      "tools[4].name",
      "tools[5].name",
    ]);
    expect(problems[0]?.message).toMatch(/^Invalid JSON: /);
  });

  it("never throws, even for JSON text that is not an object", () => {
    expect(() =>
      buildRequest(draftWith({ tools: [tool("f", "null")] })),
    ).not.toThrow();
  });

  it("sends tool_choice unless it is the default auto, and only for a function that is sent", () => {
    const tools = [tool("f", "{}")];
    expect(
      buildRequest(draftWith({ tools, toolChoice: "auto" })).body,
    ).not.toHaveProperty("tool_choice");
    expect(
      buildRequest(draftWith({ tools, toolChoice: "required" })).body
        .tool_choice,
    ).toBe("required");
    const named = buildRequest(
      draftWith({ tools, toolChoice: { type: "function", name: "f" } }),
    );
    expect(named.body.tool_choice).toEqual({ type: "function", name: "f" });
    const missing = buildRequest(
      draftWith({ tools, toolChoice: { type: "function", name: "g" } }),
    );
    expect(missing.body).not.toHaveProperty("tool_choice");
    expect(missing.problems).toEqual([
      { field: "tool_choice", message: 'No function tool named "g" is sent' },
    ]);
  });

  it("sends parallel_tool_calls only when chosen", () => {
    expect(
      buildRequest(draftWith({ parallelToolCalls: null })).body,
    ).not.toHaveProperty("parallel_tool_calls");
    expect(
      buildRequest(draftWith({ parallelToolCalls: false })).body
        .parallel_tool_calls,
    ).toBe(false);
  });

  it("sends text formats other than plain text, with the schema parsed", () => {
    expect(
      buildRequest(draftWith({ textFormat: { type: "text" } })).body,
    ).not.toHaveProperty("text");
    expect(
      buildRequest(draftWith({ textFormat: { type: "json_object" } })).body
        .text,
    ).toEqual({
      format: { type: "json_object" },
    });
    const schemaJson = '{"type":"object","properties":{"a":{"type":"number"}}}';
    const built = buildRequest(
      draftWith({
        textFormat: {
          type: "json_schema",
          name: "answer",
          schemaJson,
          strict: true,
        },
      }),
    );
    expect(built.body.text).toEqual({
      format: {
        type: "json_schema",
        name: "answer",
        schema: JSON.parse(schemaJson) as unknown,
        strict: true,
      },
    });
  });

  it("leaves out a json_schema format it cannot send and says why", () => {
    const { body, problems } = buildRequest(
      draftWith({
        textFormat: {
          type: "json_schema",
          name: "",
          schemaJson: "{",
          strict: false,
        },
      }),
    );
    expect(body).not.toHaveProperty("text");
    expect(problems.map((problem) => problem.field)).toEqual([
      "text.format.name",
      "text.format.schema",
    ]);
  });

  it("sends only the reasoning fields that are set", () => {
    expect(buildRequest(draftWith({})).body).not.toHaveProperty("reasoning");
    expect(
      buildRequest(draftWith({ reasoning: { effort: "low", summary: null } }))
        .body.reasoning,
    ).toEqual({ effort: "low" });
    expect(
      buildRequest(draftWith({ reasoning: { effort: null, summary: "auto" } }))
        .body.reasoning,
    ).toEqual({ summary: "auto" });
  });

  it("sends metadata as an object, skipping blank rows and reporting bad keys", () => {
    const metadata = [
      { key: "a", value: "1" },
      { key: "", value: "" },
      { key: "", value: "orphan" },
      { key: "a", value: "2" },
      { key: "__proto__", value: "safe" },
    ];
    const { body, problems } = buildRequest(draftWith({ metadata }));
    expect(JSON.parse(JSON.stringify(body.metadata))).toEqual(
      JSON.parse('{"a":"1","__proto__":"safe"}'),
    );
    expect(Object.getPrototypeOf(body.metadata)).toBe(Object.prototype);
    expect(problems.map((problem) => problem.field)).toEqual([
      "metadata[2].key",
      "metadata[3].key",
    ]);
    expect(
      buildRequest(draftWith({ metadata: [{ key: "", value: "" }] })).body,
    ).not.toHaveProperty("metadata");
  });

  it("says an oversized file is too large, not that it was lost, since its bytes are never read", () => {
    const oversized = {
      id: "att",
      name: "big.pdf",
      kind: "file" as const,
      source: "data" as const,
      mimeType: "application/pdf",
      size: 11 * 1024 * 1024,
      data: "",
      url: "",
      fileId: "",
      detail: "auto" as const,
      format: "wav" as const,
    };
    expect(attachmentPart(oversized)).toEqual({
      problem: "big.pdf is 11.0 MB; files sent inline may be at most 10.0 MB",
    });
    expect(attachmentPart({ ...oversized, size: 10 })).toEqual({
      problem:
        "big.pdf was not kept when the draft was restored; attach it again",
    });
  });
});
