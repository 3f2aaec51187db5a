import type {
  ResponseFunctionCallOutputItemList,
  ResponseInputItem,
} from "openai/resources/responses/responses";
import { lastUserIndex, stringField } from "./input-items";

/** The sentence that ends a reply to tool results, so the turn reads as finished. */
const TOOL_RESULTS_CLOSING = "That is everything the tools returned.";

/** A tool result the client sent back, with the name of the call it answers. */
export interface ToolResult {
  callId: string;
  name: string;
  output: string;
}

/** Renders a tool output that is a list of parts as text, naming the non-text parts. */
function outputText(
  output: string | ResponseFunctionCallOutputItemList,
): string {
  if (typeof output === "string") return output;
  return output
    .map((part) => (part.type === "input_text" ? part.text : `[${part.type}]`))
    .join("\n");
}

/** The call a result answers, found among earlier items since outputs carry only its id. */
function callOf(
  items: readonly ResponseInputItem[],
  callId: string,
): ResponseInputItem | undefined {
  return items.find(
    (item) =>
      "call_id" in item &&
      item.call_id === callId &&
      !item.type?.endsWith("_output"),
  );
}

/** A screenshot in words: a data URL by its media type and size, any other URL as it is. */
function describeScreenshot(
  imageUrl: string | undefined,
  fileId?: string,
): string {
  if (fileId) return `a screenshot (file ${fileId})`;
  if (!imageUrl) return "no screenshot";
  const data = /^data:([^;,]+)[^,]*,/.exec(imageUrl);
  return data
    ? `a screenshot (${data[1]} data URL, ${imageUrl.length} chars)`
    : `a screenshot at ${imageUrl}`;
}

type Answer = Extract<
  ResponseInputItem,
  {
    type:
      | "computer_call_output"
      | "local_shell_call_output"
      | "shell_call_output"
      | "apply_patch_call_output";
  }
>;

/** What a computer, shell or apply_patch answer returned, in one line the reply can quote. */
function describeAnswer(
  item: Answer,
  call: ResponseInputItem | undefined,
): string {
  switch (item.type) {
    case "computer_call_output": {
      const checks = (item.acknowledged_safety_checks ?? []).map(
        (check) => check.code ?? check.id,
      );
      const screenshot = describeScreenshot(
        item.output.image_url,
        item.output.file_id,
      );
      return checks.length > 0
        ? `${screenshot}; acknowledged safety checks: ${checks.join(", ")}`
        : screenshot;
    }
    case "local_shell_call_output":
      return item.output;
    case "shell_call_output": {
      const commands = call?.type === "shell_call" ? call.action.commands : [];
      return item.output
        .map((result, index) => {
          const ended =
            result.outcome.type === "exit"
              ? `exited ${result.outcome.exit_code}`
              : "timed out";
          const command = commands[index] ?? `command ${index + 1}`;
          return `\`${command}\` ${ended}, stdout ${JSON.stringify(result.stdout)}, stderr ${JSON.stringify(result.stderr)}`;
        })
        .join("; ");
    }
    case "apply_patch_call_output":
      return item.output ? `${item.status}: ${item.output}` : item.status;
  }
}

/** One result per output item type the client answers calls with; null for any other item. */
function resultOf(
  item: ResponseInputItem,
  items: readonly ResponseInputItem[],
): ToolResult | null {
  if (
    item.type === "function_call_output" ||
    item.type === "custom_tool_call_output"
  ) {
    const callId = item.call_id ?? "";
    const call = callOf(items, callId);
    const name =
      call && "name" in call && typeof call.name === "string"
        ? call.name
        : stringField(item, "name");
    return {
      callId,
      name: name ?? "unknown_tool",
      output: outputText(item.output),
    };
  }
  if (
    item.type === "computer_call_output" ||
    item.type === "local_shell_call_output" ||
    item.type === "shell_call_output" ||
    item.type === "apply_patch_call_output"
  ) {
    // A local_shell_call_output names its call by `id`, as the SDK's type has it.
    const callId =
      item.type === "local_shell_call_output" ? item.id : item.call_id;
    return {
      callId,
      name: item.type.replace(/_call_output$/, ""),
      output: describeAnswer(item, callOf(items, callId)),
    };
  }
  return null;
}

/** The tool outputs (of every client-run call type) that follow the last user message, oldest first. */
export function toolResultsAfterLastUser(
  items: readonly ResponseInputItem[],
): ToolResult[] {
  return items
    .slice(lastUserIndex(items) + 1)
    .flatMap((item) => resultOf(item, items) ?? []);
}

/** Reports each tool result by name and call id, the way a model would use the outputs it was given. */
export function toolResultsReply(results: readonly ToolResult[]): string {
  const lines = results.map(
    (result) =>
      `The tool ${result.name} (${result.callId}) returned: ${result.output}`,
  );
  return [...lines, TOOL_RESULTS_CLOSING].join("\n\n");
}
