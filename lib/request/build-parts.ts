import type {
  FunctionTool,
  ResponseFormatTextConfig,
  ResponseInputItem,
  ToolChoiceFunction,
  ToolChoiceOptions,
} from "openai/resources/responses/responses";
import type { Draft } from "./draft-schema";

/** Something in the draft that could not be sent as written; that part is left out of the body. */
export type DraftProblem = { field: string; message: string };

type Built<T> = { value: T; problems: DraftProblem[] };

// The API's rule for function and response-format names.
const NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

/** A blank parameters box means "no arguments"; strict mode needs every key spelled out. */
const EMPTY_PARAMETERS = {
  type: "object",
  properties: {},
  required: [],
  additionalProperties: false,
};

/** Parses the user's JSON text into an object, or says why it cannot be one. */
export function parseJsonObject(
  json: string,
):
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      message: `Invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, message: "Must be a JSON object" };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

function nameProblem(name: string): string | null {
  if (name === "") return "Name is required";
  return NAME_PATTERN.test(name) ? null : "Use 1-64 letters, digits, _ or -";
}

export function buildMessages(
  messages: Draft["messages"],
): Built<ResponseInputItem[]> {
  const problems: DraftProblem[] = [];
  const value: ResponseInputItem[] = [];
  messages.forEach((message, index) => {
    if (message.text.trim() === "") {
      problems.push({
        field: `messages[${index}]`,
        message: "Empty message left out",
      });
      return;
    }
    // String content is accepted for all four roles, unlike input_text parts (not for assistant).
    value.push({ role: message.role, content: message.text });
  });
  return { value, problems };
}

export function buildTools(tools: Draft["tools"]): Built<FunctionTool[]> {
  const problems: DraftProblem[] = [];
  const value: FunctionTool[] = [];
  const names = new Set<string>();
  for (const [index, tool] of tools.entries()) {
    const field = `tools[${index}]`;
    const badName = names.has(tool.name)
      ? `Duplicate tool name "${tool.name}"`
      : nameProblem(tool.name);
    if (badName !== null) {
      problems.push({ field: `${field}.name`, message: badName });
      continue;
    }
    const parameters =
      tool.parametersJson.trim() === ""
        ? { ok: true as const, value: EMPTY_PARAMETERS }
        : parseJsonObject(tool.parametersJson);
    if (!parameters.ok) {
      problems.push({
        field: `${field}.parameters`,
        message: parameters.message,
      });
      continue;
    }
    names.add(tool.name);
    value.push({
      type: "function",
      name: tool.name,
      ...(tool.description.trim() === ""
        ? {}
        : { description: tool.description }),
      parameters: parameters.value,
      strict: tool.strict,
    });
  }
  return { value, problems };
}

/** `"auto"` is the server's default, so it is left out like every other unset parameter. */
export function buildToolChoice(
  choice: Draft["toolChoice"],
  sentToolNames: ReadonlySet<string>,
): Built<ToolChoiceOptions | ToolChoiceFunction | undefined> {
  if (choice === "auto") return { value: undefined, problems: [] };
  if (typeof choice === "string") return { value: choice, problems: [] };
  if (!sentToolNames.has(choice.name)) {
    const message =
      choice.name === ""
        ? "Pick a function"
        : `No function tool named "${choice.name}" is sent`;
    return { value: undefined, problems: [{ field: "tool_choice", message }] };
  }
  return { value: { type: "function", name: choice.name }, problems: [] };
}

export function buildTextFormat(
  format: Draft["textFormat"],
): Built<ResponseFormatTextConfig | undefined> {
  // Plain text is the server's default format, so it is not sent.
  if (format.type === "text") return { value: undefined, problems: [] };
  if (format.type === "json_object")
    return { value: { type: "json_object" }, problems: [] };
  const problems: DraftProblem[] = [];
  const badName = nameProblem(format.name);
  if (badName !== null)
    problems.push({ field: "text.format.name", message: badName });
  const schema = parseJsonObject(format.schemaJson);
  if (!schema.ok)
    problems.push({ field: "text.format.schema", message: schema.message });
  if (problems.length > 0 || !schema.ok) return { value: undefined, problems };
  return {
    value: {
      type: "json_schema",
      name: format.name,
      schema: schema.value,
      strict: format.strict,
    },
    problems,
  };
}

export function buildMetadata(
  entries: Draft["metadata"],
): Built<Record<string, string> | undefined> {
  const problems: DraftProblem[] = [];
  // A Map, because a key like "__proto__" must stay data, never touch an object's prototype.
  const value = new Map<string, string>();
  for (const [index, entry] of entries.entries()) {
    // A fully blank row is an editing placeholder, not a mistake.
    if (entry.key === "" && entry.value === "") continue;
    const field = `metadata[${index}].key`;
    if (entry.key === "") problems.push({ field, message: "Key is required" });
    else if (value.has(entry.key))
      problems.push({ field, message: `Duplicate key "${entry.key}"` });
    else value.set(entry.key, entry.value);
  }
  return {
    value: value.size > 0 ? Object.fromEntries(value) : undefined,
    problems,
  };
}

/** Earlier turns as the caller recorded them; only objects can be items, anything else is dropped. */
export function buildHistory(
  history: readonly unknown[],
): Built<ResponseInputItem[]> {
  const problems: DraftProblem[] = [];
  const value: ResponseInputItem[] = [];
  history.forEach((item, index) => {
    if (typeof item === "object" && item !== null && !Array.isArray(item)) {
      // Items are echoed back verbatim; the server, not the playground, judges their shape.
      value.push(item as ResponseInputItem);
    } else {
      problems.push({
        field: `history[${index}]`,
        message: "Not an input item, left out",
      });
    }
  });
  return { value, problems };
}
