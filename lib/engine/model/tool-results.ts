import type { ToolResult } from "./input-items";

/** The sentence that ends a reply to tool results, so the turn reads as finished. */
const TOOL_RESULTS_CLOSING = "That is everything the tools returned.";

/** Reports each tool result by name and call id, the way a model would use the outputs it was given. */
export function toolResultsReply(results: readonly ToolResult[]): string {
  const lines = results.map(
    (result) =>
      `The tool ${result.name} (${result.callId}) returned: ${result.output}`,
  );
  return [...lines, TOOL_RESULTS_CLOSING].join("\n\n");
}
