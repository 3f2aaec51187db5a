import type { Tool } from "openai/resources/responses/responses";
import { runsOnClient } from "@/lib/api/client-run-tools";
import { toolFamily } from "@/lib/protocol/tool-family";
import { isRecord, stringField } from "../input-items";
import type { PlannedItem } from "../types";
import {
  applyPatchExample,
  computerUseExample,
  localShellExample,
  shellExample,
} from "./call-examples";

/** Client-run tools whose calls carry no words of the user's to fill in: the model can only make their example call. */
const EXAMPLE_CALLS: Record<string, (tools: readonly Tool[]) => PlannedItem[]> =
  {
    computer: computerUseExample,
    apply_patch: applyPatchExample,
    shell: shellExample,
    local_shell: localShellExample,
  };

/** The offered tools this model can only answer with an example call, in the request's order. */
function exampleCallTools(tools: readonly Tool[]): Tool[] {
  return tools.filter(
    (tool) =>
      Object.hasOwn(EXAMPLE_CALLS, toolFamily(tool.type)) && runsOnClient(tool),
  );
}

/** The tool a `tool_choice` obliges this model to call among `tools`, or undefined when it leaves a message allowed. */
export function obligedTool(
  choice: unknown,
  tools: readonly Tool[],
): Tool | undefined {
  if (choice === "required") return tools[0];
  if (!isRecord(choice)) return undefined;
  if (choice.type === "allowed_tools") {
    if (choice.mode !== "required" || !Array.isArray(choice.tools))
      return undefined;
    const allowed = new Set(
      choice.tools.map((tool) => toolFamily(stringField(tool, "type") ?? "")),
    );
    return tools.find((tool) => allowed.has(toolFamily(tool.type)));
  }
  const family = toolFamily(stringField(choice, "type") ?? "");
  return tools.find((tool) => toolFamily(tool.type) === family);
}

/**
 * The call a `tool_choice` forces when no function or custom tool answers it (`required` with only a shell tool
 * offered, `{"type": "apply_patch"}`, ...): that tool's example call, since the API never answers a forced choice
 * with a message. Null when the choice leaves a message allowed.
 */
export function forcedExampleCall(
  toolChoice: unknown,
  tools: readonly Tool[],
): { name: string; items: PlannedItem[] } | null {
  const tool = obligedTool(toolChoice, exampleCallTools(tools));
  if (tool === undefined) return null;
  const family = toolFamily(tool.type);
  return { name: family, items: EXAMPLE_CALLS[family]!(tools) };
}
