import { clip, describeItem, describeTool } from "./describe-parts";
import { unrunnableToolNote } from "../tools/hosted-tools";
import { lastUserText } from "./input-items";
import type { ModelContext } from "./types";

/** Past this many items only the newest are listed, so long conversations stay readable. */
export const MAX_LISTED_ITEMS = 20;

/** Parameters described elsewhere in the summary (or not parameters at all), so they are not repeated. */
const SKIPPED_PARAMETERS = new Set([
  "model",
  "input",
  "instructions",
  "tools",
  "tool_choice",
  "text",
  "reasoning",
  "parallel_tool_calls",
]);

/** Everything the echo reply says about its input, shared by the markdown and the JSON replies. */
export interface InputSummary {
  model: string;
  servedBy: string;
  instructionsChars: number | null;
  itemCount: number;
  newItemCount: number;
  /** Item descriptions keyed by their 1-based position, newest {@link MAX_LISTED_ITEMS} only. */
  items: { position: number; description: string }[];
  tools: string[];
  parameters: string[];
  youSaid: string;
}

function formatValue(value: unknown): string {
  return typeof value === "string"
    ? value
    : clip(JSON.stringify(value) ?? String(value), 80);
}

function describeToolChoice(choice: unknown): string | null {
  if (choice === undefined || choice === null || choice === "auto") return null;
  return `tool_choice ${formatValue(choice)}`;
}

/** Whether a parameter value says nothing beyond its absence: null, or an empty list or map (`include: []`). */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "object" && Object.keys(value).length === 0;
}

/** Lists the notable request parameters as `name value` phrases, in a stable order. */
function describeParameters(context: ModelContext): string[] {
  const phrases = Object.entries(context.parameters)
    .filter(([key, value]) => !isEmpty(value) && !SKIPPED_PARAMETERS.has(key))
    .map(([key, value]) => `${key} ${formatValue(value)}`);
  const format = context.textFormat;
  if (format.type === "json_schema")
    phrases.push(`text format json_schema "${format.name}"`);
  else if (format.type !== "text") phrases.push(`text format ${format.type}`);
  if (context.reasoning !== null) {
    const summary =
      context.reasoning.summary === null
        ? ""
        : `, summary ${context.reasoning.summary}`;
    phrases.push(`reasoning effort ${context.reasoning.effort}${summary}`);
  }
  const toolChoice = describeToolChoice(context.toolChoice);
  if (toolChoice !== null) phrases.push(toolChoice);
  if (!context.parallelToolCalls) phrases.push("parallel_tool_calls false");
  return phrases;
}

/** Collects what the engine received, so every reply shape describes the same facts. */
export function summarizeInput(
  context: ModelContext,
  servedBy: string,
): InputSummary {
  const first = Math.max(0, context.items.length - MAX_LISTED_ITEMS);
  return {
    model: context.model,
    servedBy,
    instructionsChars:
      context.instructions === null ? null : context.instructions.length,
    itemCount: context.items.length,
    newItemCount: context.newItemCount,
    items: context.items.slice(first).map((item, index) => ({
      position: first + index + 1,
      description: describeItem(item, context.mediaNotes),
    })),
    tools: context.tools.map((tool) => {
      const note = unrunnableToolNote(tool);
      return note === null
        ? describeTool(tool)
        : `${describeTool(tool)} (${note})`;
    }),
    parameters: describeParameters(context),
    youSaid: lastUserText(context.items),
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function itemLines(summary: InputSummary): string[] {
  const lines = [
    `- Input: ${plural(summary.itemCount, "item")} (${summary.newItemCount} new in this request)`,
  ];
  const hidden = summary.itemCount - summary.items.length;
  if (hidden > 0)
    lines.push(`  - (${plural(hidden, "earlier item")} not listed)`);
  for (const item of summary.items)
    lines.push(`  ${item.position}. ${item.description}`);
  return lines;
}

/** The last line of the echo reply; the README documents this exact wording. */
export function youSaidLine(text: string): string {
  return text === ""
    ? "You said nothing: the input has no user text."
    : `You said: ${text}`;
}

/** Renders the summary as a compact markdown list followed by the verbatim echo. */
export function renderDescription(summary: InputSummary): string {
  const lines = [
    `I am ${summary.servedBy}, a deterministic local model: a program with no weights that lists what it received and repeats your last message.`,
    "",
    `- Model: \`${summary.model}\`${summary.model === summary.servedBy ? "" : ` (served by ${summary.servedBy})`}`,
  ];
  if (summary.instructionsChars !== null)
    lines.push(`- Instructions: ${summary.instructionsChars} chars`);
  lines.push(...itemLines(summary));
  if (summary.tools.length > 0)
    lines.push(`- Tools: ${summary.tools.join(", ")}`);
  if (summary.parameters.length > 0)
    lines.push(`- Parameters: ${summary.parameters.join(", ")}`);
  lines.push("", youSaidLine(summary.youSaid));
  return lines.join("\n");
}

/** Renders the summary as the JSON object a `json_object` text format asks for. */
export function renderSummaryJson(summary: InputSummary): string {
  return JSON.stringify({
    model: summary.model,
    served_by: summary.servedBy,
    deterministic: true,
    instructions_chars: summary.instructionsChars,
    item_count: summary.itemCount,
    items: summary.items.map((item) => item.description),
    tools: summary.tools,
    parameters: summary.parameters,
    you_said: summary.youSaid,
  });
}
