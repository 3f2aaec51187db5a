import type { DraftTool } from "./draft-tools";

const exampleParameters = JSON.stringify(
  {
    type: "object",
    properties: { city: { type: "string" } },
    required: ["city"],
    additionalProperties: false,
  },
  null,
  2,
);

/** A new tool row; the first function is a working example, so the panel shows what a tool looks like. */
export function newToolRow(
  tool: DraftTool,
  existing: readonly DraftTool[],
): DraftTool {
  if (tool.type === "function" && !existing.some((t) => t.type === "function"))
    return {
      ...tool,
      name: "get_weather",
      description: "Current weather for a city.",
      parametersJson: exampleParameters,
    };
  if (tool.type === "function") return { ...tool, parametersJson: "{}" };
  // Like the first function tool, the first custom tool starts as a sendable example.
  if (tool.type === "custom" && !existing.some((t) => t.type === "custom"))
    return {
      ...tool,
      name: "run_code",
      description: "Runs the code given as input.",
    };
  return tool;
}
