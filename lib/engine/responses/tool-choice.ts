import type { CreateRequest } from "../http/create-request-schema";
import { toolFamily } from "@/lib/protocol/tool-family";
import { invalidRequest } from "../errors";

/** What a tool_choice object names, as the `tools` entry it needs (null for choices not checked here). */
function chosenTool(
  choice: Record<string, unknown>,
): { key: string; words: string } | null {
  const type = String(choice.type);
  if (type === "function" || type === "custom") {
    const name = typeof choice.name === "string" ? choice.name : "";
    return { key: `${type}:${name}`, words: name };
  }
  // An MCP choice and an allowed_tools list are left to the model, whose words for them were not seen.
  if (type === "mcp" || type === "allowed_tools") return null;
  return { key: toolFamily(type), words: type };
}

function toolKey(tool: Record<string, unknown>): string {
  const type = String(tool.type);
  return type === "function" || type === "custom"
    ? `${type}:${String(tool.name)}`
    : toolFamily(type);
}

/** A tool_choice must name a tool the request sends, and `required` needs one to exist, as the API checks. */
export function checkToolChoice(
  body: Pick<CreateRequest, "tool_choice" | "tools">,
): void {
  const choice = body.tool_choice;
  const tools = (body.tools ?? []) as Record<string, unknown>[];
  if (choice === "required" && tools.length === 0)
    throw invalidRequest(
      "Tool choice 'required' must be specified with 'tools' parameter.",
      "tool_choice",
    );
  if (!choice || typeof choice === "string") return;
  const chosen = chosenTool(choice);
  if (chosen && !tools.some((tool) => toolKey(tool) === chosen.key))
    throw invalidRequest(
      `Tool choice '${chosen.words}' not found in 'tools' parameter.`,
      "tool_choice",
      "invalid_value",
    );
}
