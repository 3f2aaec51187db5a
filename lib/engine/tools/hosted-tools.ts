import { runsOnClient } from "@/lib/api/client-run-tools";
import { invalidRequest } from "../errors";
import { isRecord, stringField } from "../model/input-items";

/**
 * Hosted tools the engine runs itself. None yet: real `file_search` (over the Files API) and `mcp`
 * register here when they land, and every other hosted tool stays rejected.
 */
const ENGINE_RUN_TOOLS = new Set<string>();

/**
 * Rejects a request offering a hosted tool the engine cannot run, naming the tool; the `/playback`
 * directive lifts this, since it plays back canned examples of those tools instead.
 */
export function assertToolsRunnable(
  tools: readonly unknown[],
  playback: boolean,
): void {
  if (playback) return;
  tools.forEach((tool, index) => {
    const type = stringField(tool, "type") ?? "";
    const environment = isRecord(tool) ? tool.environment : undefined;
    if (runsOnClient(type, environment) || ENGINE_RUN_TOOLS.has(type)) return;
    throw invalidRequest(
      `The local engine cannot run the hosted tool '${type}' (tools[${index}]). Remove it, send the request to an upstream that runs it, or write /playback ${playbackName(type)} in your message to play back a canned example of its events.`,
      `tools[${index}]`,
      "unsupported_tool",
    );
  });
}

/** Hosted tools whose `/playback` example has the tool's own name. */
const SAME_NAME_EXAMPLES = new Set([
  "file_search",
  "code_interpreter",
  "image_generation",
  "mcp",
  "shell",
]);

/** The `/playback` example closest to a hosted tool type (web_search_preview plays web_search, ...). */
function playbackName(type: string): string {
  if (type.startsWith("web_search")) return "web_search";
  return SAME_NAME_EXAMPLES.has(type) ? type : "all";
}
