import type {
  CustomTool,
  ResponseCustomToolCall,
} from "openai/resources/responses/responses";
import { newId } from "../ids";
import { larkMatcher } from "./lark-match";
import { LarkError } from "./lark-parse";
import { sampleLark } from "./lark-sample";
import { matchesWholeRegex, sampleWholeRegex } from "./pattern-sample";
import { textSteps } from "./scripted-item";
import type { PlannedItem } from "./types";
import { quotedPhrase } from "./user-values";

/** The free-form input a custom tool gets, or why none could meet its grammar. */
export type CustomInputResult =
  { ok: true; input: string } | { ok: false; message: string };

/** The text of the first fenced code block, the likeliest payload for a code or query tool. */
function fencedCode(text: string): string | undefined {
  return /```[^\n`]*\n([\s\S]*?)\n?```/.exec(text)?.[1];
}

/** What the user wrote for the tool, clearest first: a fenced code block, a quoted phrase, the whole message. */
function userCandidates(text: string): string[] {
  return [fencedCode(text), quotedPhrase(text), text.trim()].filter(
    (candidate): candidate is string => candidate !== undefined,
  );
}

function cannotMeet(tool: CustomTool, syntax: string, reason: string) {
  return {
    ok: false as const,
    message: `The local model could not produce input matching the ${syntax} grammar of tool '${tool.name}': ${reason}`,
  };
}

/**
 * The input for a custom tool: the user's own words when the tool takes free text or its grammar accepts them,
 * else the shortest input its grammar derives, since a constrained model can only write what the grammar allows.
 */
export function buildCustomInput(
  tool: CustomTool,
  text: string,
): CustomInputResult {
  const format = tool.format;
  const candidates = userCandidates(text);
  if (format === undefined || format.type === "text")
    return { ok: true, input: candidates[0] ?? "" };
  if (format.syntax === "regex") {
    const input =
      candidates.find((candidate) =>
        matchesWholeRegex(format.definition, candidate),
      ) ?? sampleWholeRegex(format.definition);
    return input === null
      ? cannotMeet(tool, "regex", "the regex could not be sampled")
      : { ok: true, input };
  }
  const accepts = larkMatcher(format.definition);
  const given = candidates.find((candidate) => accepts?.(candidate) ?? false);
  if (given !== undefined) return { ok: true, input: given };
  try {
    return { ok: true, input: sampleLark(format.definition) };
  } catch (error) {
    if (error instanceof LarkError)
      return cannotMeet(tool, "lark", error.message);
    throw error;
  }
}

/** A custom tool call whose input streams in as `response.custom_tool_call_input` deltas, a word at a time. */
export function customToolCallItem(
  name: string,
  input: string,
  namespace?: string,
): PlannedItem {
  const added: ResponseCustomToolCall = {
    id: newId("ctc"),
    type: "custom_tool_call",
    call_id: newId("call"),
    name,
    ...(namespace === undefined ? {} : { namespace }),
    input: "",
  };
  return {
    type: "scripted",
    item: {
      added,
      steps: textSteps("response.custom_tool_call_input", "input", input, {
        split: "words",
      }),
      done: { ...added, input },
    },
  };
}
