import type { ResponseCreateParamsNonStreaming } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { badRequest } from "../testing/bad-request";
import { createTestEngine } from "../testing/engine-client";

const { client } = createTestEngine();

const lookup = {
  type: "function" as const,
  name: "lookup",
  parameters: { type: "object", properties: {} },
  strict: false,
};

const rejection = (body: ResponseCreateParamsNonStreaming) =>
  badRequest(client.responses.create(body));

describe("tool_choice names a tool the request sends", () => {
  it("refuses required with no tools, in the API's words", async () => {
    const error = await rejection({
      model: "local-echo",
      input: "hi",
      tool_choice: "required",
    });
    expect(error.message).toBe(
      "400 Tool choice 'required' must be specified with 'tools' parameter.",
    );
    expect(error.error).toMatchObject({ param: "tool_choice" });
  });

  it("refuses a function, or a hosted tool, that is not in tools", async () => {
    const named = await rejection({
      model: "local-echo",
      input: "hi",
      tools: [lookup],
      tool_choice: { type: "function", name: "search" },
    });
    expect(named.message).toBe(
      "400 Tool choice 'search' not found in 'tools' parameter.",
    );
    const hosted = await rejection({
      model: "local-echo",
      input: "hi",
      tools: [lookup],
      tool_choice: { type: "image_generation" },
    });
    expect(hosted.message).toBe(
      "400 Tool choice 'image_generation' not found in 'tools' parameter.",
    );
    expect(hosted.error).toMatchObject({ param: "tool_choice" });
  });

  it("takes a choice its tool is sent with, a web search preview choice for a web search tool too", async () => {
    const called = await client.responses.create({
      model: "local-echo",
      input: "hi",
      tools: [lookup],
      tool_choice: { type: "function", name: "lookup" },
    });
    expect(called.output[0]?.type).toBe("function_call");
    // The choice passes; what stops it is the engine's own refusal to force a hosted tool outside /playback.
    const searched = await rejection({
      model: "local-echo",
      input: "hi",
      tools: [{ type: "web_search" }],
      tool_choice: { type: "web_search_preview" },
    });
    expect(searched.error).toMatchObject({
      param: "tool_choice",
      code: "unsupported_tool",
    });
  });
});
