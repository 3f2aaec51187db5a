import type { ResponseCreateParamsNonStreaming } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { createTestEngine } from "./testing/engine-client";

const te = createTestEngine();
const { client } = te;

type Tools = NonNullable<ResponseCreateParamsNonStreaming["tools"]>;
type Choice = ResponseCreateParamsNonStreaming["tool_choice"];

const computer: Tools[number] = {
  type: "computer_use_preview",
  display_width: 800,
  display_height: 600,
  environment: "browser",
};

async function outputTypes(tools: Tools, toolChoice: Choice) {
  const response = await client.responses.create({
    model: "local-echo",
    input: "go ahead",
    tools,
    tool_choice: toolChoice,
  });
  expect(response.status).toBe("completed");
  return response.output.map((item) => item.type);
}

describe("a tool_choice that forces a client-run tool without words to fill", () => {
  it.each([
    ["required", [{ type: "apply_patch" }], "required", "apply_patch_call"],
    [
      "{type: apply_patch}",
      [{ type: "apply_patch" }],
      { type: "apply_patch" },
      "apply_patch_call",
    ],
    [
      "{type: shell} (local)",
      [{ type: "shell", environment: { type: "local" } }],
      { type: "shell" },
      "shell_call",
    ],
    [
      "required (local shell)",
      [{ type: "local_shell" }],
      "required",
      "local_shell_call",
    ],
    [
      "{type: computer_use_preview}",
      [computer],
      { type: "computer_use_preview" },
      "computer_call",
    ],
    [
      "allowed_tools required",
      [
        { type: "function", name: "f", parameters: null, strict: null },
        { type: "apply_patch" },
      ],
      {
        type: "allowed_tools",
        mode: "required",
        tools: [{ type: "apply_patch" }],
      },
      "apply_patch_call",
    ],
  ] as [string, Tools, Choice, string][])(
    "%s gets that tool's call, not a message",
    async (_name, tools, toolChoice, callType) => {
      expect(await outputTypes(tools, toolChoice)).toEqual([callType]);
    },
  );

  it("leaves auto, and a function the choice names, as they were", async () => {
    expect(await outputTypes([{ type: "apply_patch" }], "auto")).toEqual([
      "message",
    ]);
    expect(
      await outputTypes(
        [
          { type: "apply_patch" },
          { type: "function", name: "f", parameters: null, strict: null },
        ],
        "required",
      ),
    ).toEqual(["function_call"]);
  });
});
