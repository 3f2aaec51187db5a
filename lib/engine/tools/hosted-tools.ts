import type { Tool } from "openai/resources/responses/responses";
import { runsOnClient } from "@/lib/api/client-run-tools";
import { invalidRequest } from "../errors";
import { isRecord, stringField } from "../model/input-items";
import { obligedTool } from "../model/playback/forced-call";

/**
 * Hosted tools the engine runs itself. None yet: real `file_search` (over the Files API) and `mcp`
 * register here when they land, and every other hosted tool is offered but never called.
 */
const ENGINE_RUN_TOOLS = new Set<string>();

/** Whether a call of this tool can happen here: the client runs it, or the engine does. */
function isRunnable(tool: unknown): boolean {
  const type = stringField(tool, "type") ?? "";
  return (
    runsOnClient({ ...(isRecord(tool) ? tool : {}), type }) ||
    ENGINE_RUN_TOOLS.has(type)
  );
}

/**
 * Rejects a request whose `tool_choice` obliges a call that only a hosted tool the engine cannot run could make
 * (`{"type": "web_search_preview"}`, or `required` with nothing else offered), naming the tool. Offered and not forced, such
 * a tool is accepted and never called, as a model may leave any tool unused; the `/playback` directive lifts the
 * check, since it plays back canned examples of those tools instead.
 */
export function assertToolsRunnable(
  tools: readonly Tool[],
  toolChoice: unknown,
  playback: boolean,
): void {
  if (playback) return;
  const runnable = tools.filter(isRunnable);
  if (obligedTool(toolChoice, runnable) !== undefined) return;
  const hosted = obligedTool(
    toolChoice,
    tools.filter((tool) => !isRunnable(tool)),
  );
  if (hosted === undefined) return;
  const example = playbackName(hosted.type);
  const ways =
    example === null
      ? "Send the request to an upstream that runs it, or leave the choice to the model (tool_choice auto)."
      : `Send the request to an upstream that runs it, leave the choice to the model (tool_choice auto), or write /playback ${example} in your message to play back a canned example of its events.`;
  throw invalidRequest(
    `tool_choice requires a call of the hosted tool '${hosted.type}' (tools[${tools.indexOf(hosted)}]), which the local engine cannot run. ${ways}`,
    "tool_choice",
    "unsupported_tool",
  );
}

/** What the echo reply says beside an offered tool the engine will not call, or null for one it can. */
export function unrunnableToolNote(tool: Tool): string | null {
  if (isRunnable(tool)) return null;
  const example = playbackName(tool.type);
  return example === null
    ? "hosted: the local engine cannot run it"
    : `hosted: the local engine cannot run it; /playback ${example} plays an example`;
}

/** Hosted tools whose `/playback` example has the tool's own name. */
const SAME_NAME_EXAMPLES = new Set([
  "file_search",
  "code_interpreter",
  "image_generation",
  "mcp",
  "shell",
]);

/** The `/playback` example of a hosted tool type (web_search_preview plays web_search, ...), or null when it has none. */
function playbackName(type: string): string | null {
  if (type.startsWith("web_search")) return "web_search";
  return SAME_NAME_EXAMPLES.has(type) ? type : null;
}
