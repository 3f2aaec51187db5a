import type {
  CustomTool,
  FunctionTool,
  Tool,
} from "openai/resources/responses/responses";
import { isRecord, stringField } from "./input-items";
import { toolResultsAfterLastUser } from "./tool-results";
import { sampleFromSchema, type SampleHints } from "./schema-sample";
import { checkValue } from "./schema-validate";
import { buildCustomInput, customToolCallItem } from "./custom-tool-call";
import { escapeRegExp } from "./pattern-sample";
import type { ModelContext, PlannedItem } from "./types";
import {
  isFreeTextName,
  isRequestName,
  lastCapitalisedName,
  parsePairs,
  quotedPhrase,
} from "./user-values";

/**
 * The tools the client runs that this model calls by name: functions (JSON arguments) and custom tools (free
 * text), at the top level or inside a `namespace` tool, whose name their calls carry.
 */
export type CallableTool = (FunctionTool | CustomTool) & { namespace?: string };

/** How `tool_choice` constrains calls, reduced to what this model acts on. */
export type ToolMode =
  | { kind: "none" }
  | { kind: "auto" | "required"; candidates: CallableTool[] }
  | { kind: "named"; tool: CallableTool };

function isCallable(tool: unknown): tool is CallableTool {
  const type = stringField(tool, "type");
  return type === "function" || type === "custom";
}

/** The offered tools this model can call, each namespace's own tools in its place, marked with its name. */
function callableTools(tools: readonly Tool[]): CallableTool[] {
  return tools.flatMap((tool): CallableTool[] => {
    if (tool.type !== "namespace") return isCallable(tool) ? [tool] : [];
    return tool.tools.map((member) => ({
      ...(member as FunctionTool | CustomTool),
      namespace: tool.name,
    }));
  });
}

/** The tool a forced choice names, or a stand-in with no parameters or format when the request did not define it. */
function namedTool(
  type: CallableTool["type"],
  name: string,
  tools: CallableTool[],
): CallableTool {
  const declared = tools.find(
    (tool) => tool.type === type && tool.name === name,
  );
  if (declared !== undefined) return declared;
  return type === "custom"
    ? { type, name }
    : { type, name, parameters: null, strict: null };
}

/** Keeps the tools an `allowed_tools` choice lists by type and name. */
function allowedTools(
  choice: Record<string, unknown>,
  tools: CallableTool[],
): CallableTool[] {
  const allowed = Array.isArray(choice.tools) ? choice.tools : [];
  const keys = new Set(
    allowed.filter(isCallable).map((tool) => `${tool.type}:${tool.name}`),
  );
  return tools.filter((tool) => keys.has(`${tool.type}:${tool.name}`));
}

/** Reads `tool_choice`; hosted-tool and other forced choices leave nothing for this model to call. */
export function resolveToolMode(
  toolChoice: unknown,
  tools: CallableTool[],
): ToolMode {
  if (toolChoice === "none") return { kind: "none" };
  if (toolChoice === "required") return { kind: "required", candidates: tools };
  if (toolChoice === undefined || toolChoice === null || toolChoice === "auto")
    return { kind: "auto", candidates: tools };
  if (!isRecord(toolChoice)) return { kind: "auto", candidates: tools };
  const name = stringField(toolChoice, "name");
  if (isCallable(toolChoice) && name !== undefined)
    return { kind: "named", tool: namedTool(toolChoice.type, name, tools) };
  if (toolChoice.type === "allowed_tools") {
    const kind = toolChoice.mode === "required" ? "required" : "auto";
    return { kind, candidates: allowedTools(toolChoice, tools) };
  }
  return { kind: "none" };
}

/** A leading verb says what a function does, not what it is about: `get_weather` is about the weather. */
const LEADING_VERBS = new Set([
  "get",
  "set",
  "list",
  "fetch",
  "find",
  "search",
  "lookup",
  "query",
  "retrieve",
  "read",
  "create",
  "add",
  "update",
  "delete",
  "remove",
  "run",
  "call",
  "do",
  "check",
  "show",
]);
/** Words in function names that no request needs to repeat (`get_current_weather`, `get_price_of_stock`). */
const FILLER_WORDS = new Set(["current", "the", "a", "an", "of", "for", "by"]);

/** The words of a function's name that say what it is about: `get_current_weather` → weather, `getStockPrice` → stock, price. */
export function topicWords(name: string): string[] {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  return words.filter(
    (word, index) =>
      !(index === 0 && LEADING_VERBS.has(word)) && !FILLER_WORDS.has(word),
  );
}

/** Where `pattern` first matches the text as a whole word (not inside a longer or hyphenated one), or -1. */
function wholeWordIndex(text: string, pattern: string, flags = ""): number {
  return (
    new RegExp(`(?<![\\w-])${pattern}(?![\\w-])`, flags).exec(text)?.index ?? -1
  );
}

/**
 * Where the text first names a tool, or -1: its name as a whole word (case-sensitive), or every topic word of its
 * name in any case and maybe plural, as a model would call `get_weather` for "What's the weather in Paris?".
 */
function mentionIndex(text: string, name: string): number {
  const exact = wholeWordIndex(text, escapeRegExp(name));
  const words = topicWords(name);
  // Topic words are letters and digits only, so they need no escaping.
  const indexes = words.map((word) =>
    wholeWordIndex(text, `${word}(?:e?s)?`, "i"),
  );
  if (words.length === 0 || indexes.includes(-1)) return exact;
  const byWords = Math.min(...indexes);
  return exact === -1 ? byWords : Math.min(exact, byWords);
}

/** The tools to call, in order of mention; results after the last user message end an auto loop. */
export function chooseTools(
  context: ModelContext,
  text: string,
): CallableTool[] {
  const mode = resolveToolMode(
    context.toolChoice,
    callableTools(context.tools),
  );
  if (mode.kind === "none") return [];
  if (mode.kind === "named") return [mode.tool];
  if (
    mode.kind === "auto" &&
    toolResultsAfterLastUser(context.items).length > 0
  )
    return [];
  const mentioned = mode.candidates
    .map((tool) => ({ tool, index: mentionIndex(text, tool.name) }))
    .filter((entry) => entry.index >= 0)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.tool);
  const fallback = mode.kind === "required" ? mode.candidates.slice(0, 1) : [];
  const chosen = mentioned.length > 0 ? mentioned : fallback;
  return context.parallelToolCalls ? chosen : chosen.slice(0, 1);
}

/**
 * Fills free-text arguments from a quoted phrase, else places and queries from the last capitalised name and
 * requests (input, prompt, ...) from the whole message.
 */
function argumentHints(
  text: string,
  toolNames: readonly string[],
): SampleHints {
  const pairs = parsePairs(text);
  const freeString = (name: string): string | undefined => {
    if (isFreeTextName(name))
      return quotedPhrase(text) ?? lastCapitalisedName(text, toolNames);
    if (isRequestName(name))
      return quotedPhrase(text) ?? (text.trim() || undefined);
    return undefined;
  };
  return {
    pairValue: (name) => pairs.get(name.toLowerCase()),
    freeString: (name) => (name === null ? undefined : freeString(name)),
    optionalProperties: "hinted",
  };
}

/** A planned call, or the reason its arguments could not match the tool's schema. */
export type ToolCallResult =
  | { ok: true; name: string; arguments: string }
  | { ok: false; message: string };

/** Builds arguments that validate against the tool's `parameters`, filled from the user's words. */
export function buildToolCall(
  tool: FunctionTool,
  text: string,
  toolNames: readonly string[],
): ToolCallResult {
  if (tool.parameters === null || tool.parameters === undefined)
    return { ok: true, name: tool.name, arguments: "{}" };
  const value = sampleFromSchema(
    tool.parameters,
    argumentHints(text, toolNames),
  );
  const check = checkValue(tool.parameters, value);
  if (!check.valid) {
    return {
      ok: false,
      message: `The local model could not produce arguments matching the parameters of tool '${tool.name}': ${check.errors}`,
    };
  }
  return { ok: true, name: tool.name, arguments: JSON.stringify(value) };
}

/** A call ready to stream, or why it could not be made. */
export type PlannedCall =
  | { ok: true; name: string; item: PlannedItem }
  | { ok: false; message: string };

function planCall(
  tool: CallableTool,
  text: string,
  toolNames: readonly string[],
): PlannedCall {
  const namespace = tool.namespace;
  if (tool.type === "custom") {
    const input = buildCustomInput(tool, text);
    return input.ok
      ? {
          ok: true,
          name: tool.name,
          item: customToolCallItem(tool.name, input.input, namespace),
        }
      : input;
  }
  const call = buildToolCall(tool, text, toolNames);
  return call.ok
    ? {
        ok: true,
        name: call.name,
        item: {
          type: "function_call",
          name: call.name,
          arguments: call.arguments,
          ...(namespace === undefined ? {} : { namespace }),
        },
      }
    : call;
}

/** Plans every function and custom tool call the context asks for. */
export function planToolCalls(
  context: ModelContext,
  text: string,
): PlannedCall[] {
  const toolNames = [
    ...context.tools.flatMap((tool) => stringField(tool, "name") ?? []),
    ...callableTools(context.tools).map((tool) => tool.name),
  ];
  return chooseTools(context, text).map((tool) =>
    planCall(tool, text, toolNames),
  );
}
