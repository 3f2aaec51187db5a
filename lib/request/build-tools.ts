import type { Tool } from "openai/resources/responses/responses";
import {
  nameProblem,
  parseOptionalJsonObject,
  type Built,
  type DraftProblem,
} from "./build-json";
import {
  codeInterpreterTool,
  fileSearchTool,
  imageGenerationTool,
  mcpTool,
  shellTool,
  webSearchTool,
  type ToolResult,
} from "./build-hosted-tools";
import type { DraftTool, DraftToolOf } from "./draft-tools";

/** A blank parameters box means "no arguments"; strict mode needs every key spelled out. */
const EMPTY_PARAMETERS = {
  type: "object",
  properties: {},
  required: [],
  additionalProperties: false,
};

function functionTool(tool: DraftToolOf<"function">, field: string) {
  const parameters = parseOptionalJsonObject(tool.parametersJson);
  if (!parameters.ok)
    return {
      problems: [{ field: `${field}.parameters`, message: parameters.message }],
    };
  return {
    tool: {
      type: "function",
      name: tool.name,
      ...(tool.description.trim() === ""
        ? {}
        : { description: tool.description }),
      parameters: parameters.value ?? EMPTY_PARAMETERS,
      strict: tool.strict,
    },
  } satisfies ToolResult;
}

function customTool(tool: DraftToolOf<"custom">, field: string): ToolResult {
  if (tool.format === "grammar" && tool.definition.trim() === "")
    return {
      problems: [
        { field: `${field}.format.definition`, message: "Grammar is required" },
      ],
    };
  return {
    tool: {
      type: "custom",
      name: tool.name,
      ...(tool.description.trim() === ""
        ? {}
        : { description: tool.description }),
      format:
        tool.format === "text"
          ? { type: "text" }
          : {
              type: "grammar",
              syntax: tool.syntax,
              definition: tool.definition,
            },
    },
  };
}

function buildTool(tool: DraftTool, field: string): ToolResult {
  switch (tool.type) {
    case "function":
      return functionTool(tool, field);
    case "custom":
      return customTool(tool, field);
    case "web_search":
      return webSearchTool(tool);
    case "file_search":
      return fileSearchTool(tool, field);
    case "code_interpreter":
      return codeInterpreterTool(tool, field);
    case "computer_use_preview":
      return {
        tool: {
          type: "computer_use_preview",
          display_width: tool.displayWidth,
          display_height: tool.displayHeight,
          environment: tool.environment,
        },
      };
    case "mcp":
      return mcpTool(tool, field);
    case "image_generation":
      return { tool: imageGenerationTool(tool) };
    case "shell":
      return shellTool(tool, field);
    case "local_shell":
    case "apply_patch":
      return { tool: { type: tool.type } };
  }
}

/**
 * How `tool_choice` and `allowed_tools` refer to a draft tool: `function:NAME`, `custom:NAME`,
 * `mcp:LABEL`, or the tool's type for the hosted tools, which appear at most once.
 */
export function toolKey(tool: Tool): string {
  if (tool.type === "function" || tool.type === "custom")
    return `${tool.type}:${tool.name}`;
  if (tool.type === "mcp") return `mcp:${tool.server_label}`;
  return tool.type;
}

/** The reference `allowed_tools` sends for a tool: the fields that identify it. */
export function toolReference(tool: Tool): Record<string, unknown> {
  if (tool.type === "function" || tool.type === "custom")
    return { type: tool.type, name: tool.name };
  if (tool.type === "mcp")
    return { type: "mcp", server_label: tool.server_label };
  return { type: tool.type };
}

/** The draft's tools as the API's Tool union; a tool with problems is left out and its problems reported. */
export function buildTools(tools: readonly DraftTool[]): Built<Tool[]> {
  const problems: DraftProblem[] = [];
  const value: Tool[] = [];
  const keys = new Set<string>();
  for (const [index, tool] of tools.entries()) {
    const field = `tools[${index}]`;
    if (tool.type === "function" || tool.type === "custom") {
      const badName = nameProblem(tool.name);
      if (badName !== null) {
        problems.push({ field: `${field}.name`, message: badName });
        continue;
      }
    }
    const result = buildTool(tool, field);
    if ("problems" in result) {
      problems.push(...result.problems);
      continue;
    }
    const key = toolKey(result.tool);
    if (keys.has(key)) {
      problems.push(
        tool.type === "function" || tool.type === "custom"
          ? {
              field: `${field}.name`,
              message: `Duplicate tool name "${tool.name}"`,
            }
          : { field, message: `Only one ${key} tool can be sent` },
      );
      continue;
    }
    keys.add(key);
    value.push(result.tool);
  }
  return { value, problems };
}
