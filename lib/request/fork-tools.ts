import type {
  CustomTool,
  FunctionTool,
  Response,
  Tool,
} from "openai/resources/responses/responses";
import { strictSchemaProblem } from "@/lib/protocol/strict-schema";
import { toolFamily } from "@/lib/protocol/tool-family";
import {
  HOSTED_TOOL_CHOICES,
  newDraftId,
  type DraftTool,
  type DraftToolChoice,
} from "./draft";
import { forkSettingsTool } from "./fork-hosted-tools";

type ToolChoice = Response["tool_choice"];

/**
 * Whether the fork sends the tool as strict. Servers echo a function without `strict` as strict, and would have
 * refused a strict schema that breaks the rules, so a strict echo of such a schema means `strict` was not sent:
 * the fork sends false, and the schema is taken as it was.
 */
function forkStrict(tool: FunctionTool): boolean {
  return (
    tool.strict !== false &&
    strictSchemaProblem(tool.parameters ?? {}, {
      addsAdditionalProperties: true,
    }) === null
  );
}

/** A custom tool as the composer edits it: free text, or a lark or regex grammar. */
function forkCustomTool(tool: CustomTool): DraftTool {
  const grammar = tool.format?.type === "grammar" ? tool.format : null;
  return {
    id: newDraftId("tool"),
    type: "custom",
    name: tool.name,
    description: tool.description ?? "",
    format: grammar ? "grammar" : "text",
    syntax: grammar?.syntax ?? "lark",
    definition: grammar?.definition ?? "",
  };
}

/**
 * The response's tools as the composer edits them. A tool with a setting the composer has no field for (an MCP
 * approval filter, a container's files) is left out, with a note, rather than sent without it.
 */
export function forkTools(
  tools: readonly Tool[],
  leftOut: string[],
): DraftTool[] {
  return tools.flatMap((tool): DraftTool[] => {
    if (tool.type === "custom") return [forkCustomTool(tool)];
    if (tool.type === "function")
      return [
        {
          id: newDraftId("tool"),
          type: "function",
          name: tool.name,
          description: tool.description ?? "",
          parametersJson: JSON.stringify(tool.parameters ?? {}, null, 2),
          strict: forkStrict(tool),
        },
      ];
    const settings = forkSettingsTool(tool);
    if (settings !== null) return [settings];
    leftOut.push(`tool ${tool.type}`);
    return [];
  });
}

/** Tool choices that name a tool by its type alone, as the composer offers them. */
const TYPE_CHOICES = new Set<string>(HOSTED_TOOL_CHOICES);

/** A `tool_choice` the forked tools can still honour: auto, required, none, or one naming a carried tool. */
export function forkToolChoice(
  choice: ToolChoice,
  tools: readonly DraftTool[],
  leftOut: string[],
): DraftToolChoice {
  if (typeof choice === "string") return choice;
  if (choice.type === "function" || choice.type === "custom")
    return { type: choice.type, name: choice.name };
  if (
    TYPE_CHOICES.has(choice.type) &&
    tools.some((tool) => toolFamily(tool.type) === toolFamily(choice.type))
  )
    return {
      type: "hosted",
      tool: choice.type as (typeof HOSTED_TOOL_CHOICES)[number],
    };
  leftOut.push(`tool_choice ${choice.type}`);
  return "auto";
}
