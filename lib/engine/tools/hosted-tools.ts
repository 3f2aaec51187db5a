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
    if (runsOnClient({ ...(isRecord(tool) ? tool : {}), type })) return;
    if (ENGINE_RUN_TOOLS.has(type)) return;
    const example = playbackName(type);
    const ways =
      example === null
        ? "Remove it, or send the request to an upstream that runs it."
        : `Remove it, send the request to an upstream that runs it, or write /playback ${example} in your message to play back a canned example of its events.`;
    throw invalidRequest(
      `The local engine cannot run the hosted tool '${type}' (tools[${index}]). ${ways}`,
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

/** The `/playback` example of a hosted tool type (web_search_preview plays web_search, ...), or null when it has none. */
function playbackName(type: string): string | null {
  if (type.startsWith("web_search")) return "web_search";
  return SAME_NAME_EXAMPLES.has(type) ? type : null;
}
