import type { ResponseOutputItem } from "openai/resources/responses/responses";
import { isRecord, text, type JsonRecord } from "./json";
import type { OutputNode } from "./run-tree";

const typeLabels: Record<string, string> = {
  message: "Message",
  reasoning: "Reasoning",
  function_call: "Function call",
  function_call_output: "Function output",
  custom_tool_call: "Custom tool call",
  custom_tool_call_output: "Custom tool output",
  web_search_call: "Web search",
  file_search_call: "File search",
  code_interpreter_call: "Code interpreter",
  image_generation_call: "Image generation",
  computer_call: "Computer action",
  computer_call_output: "Computer screenshot",
  mcp_call: "MCP call",
  mcp_list_tools: "MCP tools",
  mcp_approval_request: "MCP approval request",
  mcp_approval_response: "MCP approval response",
  local_shell_call: "Local shell call",
  local_shell_call_output: "Local shell output",
  shell_call: "Shell call",
  shell_call_output: "Shell output",
  apply_patch_call: "Apply patch",
  apply_patch_call_output: "Apply patch output",
  compaction: "Compaction",
  tool_search_call: "Tool search",
  tool_search_output: "Tool search output",
};

/** The label of an item type, for types this version has never seen too ("new_thing" → "New thing"). */
export function itemTypeLabel(type: string): string {
  const known = typeLabels[type];
  if (known !== undefined) return known;
  const words = type.replace(/_/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1) || "Item";
}

/** The name that tells two items of one type apart: a tool name, scoped by its MCP server label or namespace. */
export function itemSubtitle(item: ResponseOutputItem): string | null {
  const record: JsonRecord = { ...item };
  const name = typeof record.name === "string" ? record.name : null;
  const scope = [record.server_label, record.namespace].find(
    (value): value is string => typeof value === "string" && value !== "",
  );
  if (scope !== undefined && name !== null) return `${scope}.${name}`;
  return name ?? scope ?? null;
}

/** A title for an item: its type label and, when it has one, its name ("Function call · get_weather"). */
export function itemTitle(item: ResponseOutputItem): string {
  const subtitle = itemSubtitle(item);
  const label = itemTypeLabel(item.type);
  return subtitle === null ? label : `${label} · ${subtitle}`;
}

function joinParts(parts: unknown, key: string, separator: string): string {
  if (!Array.isArray(parts)) return "";
  return parts
    .map((part: unknown) => (isRecord(part) ? text(part[key]) : ""))
    .filter((value) => value !== "")
    .join(separator);
}

function messageText(content: unknown): string {
  if (!Array.isArray(content)) return "";
  return content
    .map((part: unknown) => {
      if (!isRecord(part)) return "";
      return part.type === "refusal" ? text(part.refusal) : text(part.text);
    })
    .join("");
}

/** The main text of an item: message text (refusals included), reasoning summary, tool arguments or code. */
export function itemText(item: ResponseOutputItem): string {
  switch (item.type) {
    case "message":
      return messageText(item.content);
    case "reasoning": {
      const summary = joinParts(item.summary, "text", "\n\n");
      return summary !== "" ? summary : joinParts(item.content, "text", "\n\n");
    }
    case "function_call":
    case "mcp_call":
      return text(item.arguments);
    case "custom_tool_call":
      return text(item.input);
    case "code_interpreter_call":
      return text(item.code);
    case "shell_call":
      return isRecord(item.action) && Array.isArray(item.action.commands)
        ? item.action.commands.join("\n")
        : "";
    case "shell_call_output":
      return joinParts(item.output, "stdout", "\n");
    default:
      return "";
  }
}

type ItemSource = readonly ResponseOutputItem[] | readonly OutputNode[];

function toItems(source: ItemSource): ResponseOutputItem[] {
  return source.map((entry) =>
    "item" in entry && "done" in entry ? entry.item : entry,
  );
}

/** The response's output_text as the SDKs compute it: every output_text part of every message, concatenated. */
export function outputText(source: ItemSource): string {
  let result = "";
  for (const item of toItems(source)) {
    if (item.type !== "message" || !Array.isArray(item.content)) continue;
    for (const part of item.content)
      if (part.type === "output_text") result += text(part.text);
  }
  return result;
}

/** Token counts in one shape, whatever the server called them (Responses or Chat Completions naming). */
export interface TokenUsage {
  input: number | null;
  cached: number | null;
  output: number | null;
  reasoning: number | null;
  total: number | null;
}

function count(record: JsonRecord, ...keys: string[]): number | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === "number" && Number.isFinite(value)) return value;
  }
  return null;
}

function details(record: JsonRecord, ...keys: string[]): JsonRecord {
  for (const key of keys) {
    const value = record[key];
    if (isRecord(value)) return value;
  }
  return {};
}

/** Normalizes a usage object; null when the server sent none. */
export function normalizeUsage(usage: unknown): TokenUsage | null {
  if (!isRecord(usage)) return null;
  const input = count(usage, "input_tokens", "prompt_tokens");
  const output = count(usage, "output_tokens", "completion_tokens");
  const summed = input !== null && output !== null ? input + output : null;
  return {
    input,
    cached: count(
      details(usage, "input_tokens_details", "prompt_tokens_details"),
      "cached_tokens",
    ),
    output,
    reasoning: count(
      details(usage, "output_tokens_details", "completion_tokens_details"),
      "reasoning_tokens",
    ),
    total: count(usage, "total_tokens") ?? summed,
  };
}
