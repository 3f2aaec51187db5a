import type {
  ResponseCreateParamsBase,
  ResponseFormatTextConfig,
  ResponsePrompt,
  Tool,
} from "openai/resources/responses/responses";
import {
  nameProblem,
  parseJsonObject,
  parseOptionalJsonObject,
  type Built,
  type DraftProblem,
} from "./build-json";
import { toolKey, toolReference } from "./build-tools";
import { toolFamily } from "@/lib/protocol/tool-family";
import type { Draft } from "./draft";
import { jsonSchemaProblem } from "./json-schema-check";

type ToolChoice = NonNullable<ResponseCreateParamsBase["tool_choice"]>;

/** The API's metadata limits: 16 pairs, keys up to 64 characters, values up to 512. */
export const METADATA_LIMITS = { keys: 16, keyLength: 64, valueLength: 512 };

const none = <T>(value: T): Built<T> => ({ value, problems: [] });
const problem = (field: string, message: string): Built<undefined> => ({
  value: undefined,
  problems: [{ field, message }],
});

/** `"auto"` is the server's default, so it is left out like every other unset parameter. */
export function buildToolChoice(
  choice: Draft["toolChoice"],
  sentTools: readonly Tool[],
): Built<ToolChoice | undefined> {
  if (choice === "auto") return none(undefined);
  if (choice === "required" && sentTools.length === 0)
    return problem("tool_choice", "Required needs a tool to be sent");
  if (typeof choice === "string") return none(choice);
  const keys = new Set(sentTools.map(toolKey));
  switch (choice.type) {
    case "function":
    case "custom": {
      if (choice.name === "")
        return problem("tool_choice", `Pick a ${choice.type} tool`);
      if (!keys.has(`${choice.type}:${choice.name}`))
        return problem(
          "tool_choice",
          `No ${choice.type} tool named "${choice.name}" is sent`,
        );
      return none({ type: choice.type, name: choice.name });
    }
    case "mcp": {
      if (!keys.has(`mcp:${choice.serverLabel}`))
        return problem(
          "tool_choice",
          `No MCP server labelled "${choice.serverLabel}" is sent`,
        );
      return none({
        type: "mcp",
        server_label: choice.serverLabel,
        ...(choice.name.trim() === "" ? {} : { name: choice.name.trim() }),
      });
    }
    case "hosted":
      if (
        !sentTools.some(
          (tool) => toolFamily(tool.type) === toolFamily(choice.tool),
        )
      )
        return problem("tool_choice", `No ${choice.tool} tool is sent`);
      return none({ type: choice.tool });
    case "allowed_tools": {
      const allowed = sentTools.filter((tool) =>
        choice.tools.includes(toolKey(tool)),
      );
      if (allowed.length === 0)
        return problem("tool_choice.tools", "Allow at least one sent tool");
      return none({
        type: "allowed_tools",
        mode: choice.mode,
        tools: allowed.map(toolReference),
      });
    }
  }
}

function buildFormat(
  format: Draft["textFormat"],
): Built<ResponseFormatTextConfig | undefined> {
  // Plain text is the server's default format, so it is not sent.
  if (format.type === "text") return none(undefined);
  if (format.type === "json_object") return none({ type: "json_object" });
  const problems: DraftProblem[] = [];
  const badName = nameProblem(format.name);
  if (badName !== null)
    problems.push({ field: "text.format.name", message: badName });
  const schema = parseJsonObject(format.schemaJson);
  const badSchema = schema.ok
    ? jsonSchemaProblem(schema.value)
    : schema.message;
  if (badSchema !== null)
    problems.push({ field: "text.format.schema", message: badSchema });
  if (problems.length > 0 || !schema.ok) return { value: undefined, problems };
  return none({
    type: "json_schema",
    name: format.name,
    schema: schema.value,
    strict: format.strict,
  });
}

/** `text`: the format and the verbosity, each sent only when chosen. */
export function buildText(
  draft: Pick<Draft, "textFormat" | "textVerbosity">,
): Built<ResponseCreateParamsBase["text"]> {
  const format = buildFormat(draft.textFormat);
  const text = {
    ...(format.value === undefined ? {} : { format: format.value }),
    ...(draft.textVerbosity === null ? {} : { verbosity: draft.textVerbosity }),
  };
  return {
    value: Object.keys(text).length > 0 ? text : undefined,
    problems: format.problems,
  };
}

/** Why one metadata row cannot be sent, as the part (key or value) that is wrong, or null. */
function metadataProblem(
  entry: Draft["metadata"][number],
  seen: ReadonlyMap<string, string>,
): { part: "key" | "value"; message: string } | null {
  const key = (message: string) => ({ part: "key" as const, message });
  if (entry.key === "") return key("Key is required");
  if (seen.has(entry.key)) return key(`Duplicate key "${entry.key}"`);
  if (entry.key.length > METADATA_LIMITS.keyLength)
    return key(`Keys may be at most ${METADATA_LIMITS.keyLength} characters`);
  if (entry.value.length > METADATA_LIMITS.valueLength)
    return {
      part: "value",
      message: `Values may be at most ${METADATA_LIMITS.valueLength} characters`,
    };
  if (seen.size >= METADATA_LIMITS.keys)
    return key(`At most ${METADATA_LIMITS.keys} keys`);
  return null;
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
    const problem = metadataProblem(entry, value);
    if (problem === null) value.set(entry.key, entry.value);
    else
      problems.push({
        field: `metadata[${index}].${problem.part}`,
        message: problem.message,
      });
  }
  return {
    value: value.size > 0 ? Object.fromEntries(value) : undefined,
    problems,
  };
}

/** A prompt template reference: its id, optional version, and variables as a JSON object. */
export function buildPrompt(
  prompt: Draft["prompt"],
): Built<ResponsePrompt | undefined> {
  if (prompt.id.trim() === "") {
    if (prompt.version.trim() === "" && prompt.variablesJson.trim() === "")
      return none(undefined);
    return problem("prompt.id", "Prompt id is required");
  }
  const variables = parseOptionalJsonObject(prompt.variablesJson);
  if (!variables.ok) return problem("prompt.variables", variables.message);
  return none({
    id: prompt.id.trim(),
    ...(prompt.version.trim() === "" ? {} : { version: prompt.version.trim() }),
    ...(variables.value
      ? { variables: variables.value as ResponsePrompt["variables"] }
      : {}),
  });
}
