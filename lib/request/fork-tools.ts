import type {
  CustomTool,
  FunctionTool,
  Response,
  Tool,
} from "openai/resources/responses/responses";
import { strictSchemaProblem } from "@/lib/protocol/strict-schema";
import { newDraftId, type DraftTool, type DraftToolChoice } from "./draft";

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

/** A computer, shell or apply_patch tool as the composer edits it; null for a tool with settings it has no field for. */
function forkSettingsOnlyTool(tool: Tool): DraftTool | null {
  const id = newDraftId("tool");
  switch (tool.type) {
    case "local_shell":
    case "apply_patch":
      return { id, type: tool.type };
    case "computer_use_preview":
      return {
        id,
        type: tool.type,
        displayWidth: tool.display_width,
        displayHeight: tool.display_height,
        environment: tool.environment,
      };
    case "shell": {
      const environment = tool.environment ?? null;
      // A hosted container's files, memory and network policy have no field in the composer.
      if (
        environment?.type === "container_auto" &&
        Object.keys(environment).length > 1
      )
        return null;
      return {
        id,
        type: "shell",
        environment: environment?.type ?? null,
        containerId:
          environment?.type === "container_reference"
            ? environment.container_id
            : "",
      };
    }
    default:
      return null;
  }
}

/**
 * The response's tools as the composer edits them: functions, custom tools, computers, shells and apply_patch.
 * The other hosted tools are left out, with a note: their many settings are not mapped back yet.
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
    const settingsOnly = forkSettingsOnlyTool(tool);
    if (settingsOnly !== null) return [settingsOnly];
    leftOut.push(`tool ${tool.type}`);
    return [];
  });
}

/** Tool choices naming a tool `forkTools` carries by its type alone. */
const TYPE_CHOICES = new Set(["shell", "apply_patch", "computer_use_preview"]);

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
    tools.some((tool) => tool.type === choice.type)
  )
    return {
      type: "hosted",
      tool: choice.type as "shell" | "apply_patch" | "computer_use_preview",
    };
  leftOut.push(`tool_choice ${choice.type}`);
  return "auto";
}
