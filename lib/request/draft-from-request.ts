import type {
  Response as ApiResponse,
  ResponseItem,
} from "openai/resources/responses/responses";
import { isRecord, text, type JsonRecord } from "@/lib/protocol/json";
import {
  INCLUDABLES,
  PROMPT_CACHE_RETENTIONS,
  SERVICE_TIERS,
  TRUNCATIONS,
  VERBOSITIES,
  defaultDraft,
  type Draft,
} from "./draft";
import { draftFromResponse, type ForkedRequest } from "./draft-from-response";
import { parseDraft } from "./draft-schema";

/** Request parameters the composer has a field for; any other is listed as left out. */
const HELD = new Set([
  "model",
  "input",
  "instructions",
  "tools",
  "tool_choice",
  "parallel_tool_calls",
  "max_tool_calls",
  "temperature",
  "top_p",
  "max_output_tokens",
  "store",
  "stream",
  "stream_options",
  "background",
  "reasoning",
  "text",
  "metadata",
  "previous_response_id",
  "conversation",
  "include",
  "top_logprobs",
  "truncation",
  "service_tier",
  "prompt",
  "prompt_cache_key",
  "prompt_cache_retention",
  "safety_identifier",
]);

type Body = JsonRecord;

/** A nested object of the body, or {} when it is absent or not an object. */
function fieldsOf(value: unknown): Body {
  return isRecord(value) ? value : {};
}

function asNumber(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}

/** The request's `input` as items, as sent; a message without `type` gets it, as the API reads it so. */
function requestItems(input: unknown, leftOut: string[]): ResponseItem[] {
  if (input === undefined || input === null) return [];
  if (typeof input === "string")
    return [
      {
        type: "message",
        role: "user",
        content: input,
      } as unknown as ResponseItem,
    ];
  if (!Array.isArray(input)) {
    leftOut.push("an input that is neither text nor a list of items");
    return [];
  }
  return input.flatMap((entry): ResponseItem[] => {
    const item = fieldsOf(entry);
    if (Object.keys(item).length > 0)
      return [{ type: "message", ...item } as ResponseItem];
    leftOut.push("an input item that is not an object");
    return [];
  });
}

/** The value when it is one of `values`; a value given that is not is listed as left out. */
function oneOf<T extends string>(
  values: readonly T[],
  value: unknown,
  name: string,
  leftOut: string[],
): T | null {
  if (value === undefined || value === null) return null;
  if ((values as readonly unknown[]).includes(value)) return value as T;
  leftOut.push(`${name} ${JSON.stringify(value)}`);
  return null;
}

/** The draft fields a Response does not echo the way a request sends them. */
function requestOnlyFields(body: Body, leftOut: string[]): Partial<Draft> {
  const include = Array.isArray(body.include) ? body.include : [];
  const held = include.filter((entry) =>
    (INCLUDABLES as readonly unknown[]).includes(entry),
  ) as Draft["include"];
  for (const entry of include)
    if (!held.includes(entry as never))
      leftOut.push(`include ${JSON.stringify(entry)}`);
  const prompt = fieldsOf(body.prompt);
  const conversation = body.conversation;
  const obfuscation = fieldsOf(body.stream_options).include_obfuscation;
  return {
    stream: body.stream === true,
    maxToolCalls: asNumber(body.max_tool_calls),
    textVerbosity: oneOf(
      VERBOSITIES,
      fieldsOf(body.text).verbosity,
      "text.verbosity",
      leftOut,
    ),
    truncation: oneOf(TRUNCATIONS, body.truncation, "truncation", leftOut),
    serviceTier: oneOf(
      SERVICE_TIERS,
      body.service_tier,
      "service_tier",
      leftOut,
    ),
    include: held,
    topLogprobs: asNumber(body.top_logprobs),
    includeObfuscation: typeof obfuscation === "boolean" ? obfuscation : null,
    conversation:
      typeof conversation === "string"
        ? conversation
        : text(fieldsOf(conversation).id),
    promptCacheKey: text(body.prompt_cache_key),
    promptCacheRetention: oneOf(
      PROMPT_CACHE_RETENTIONS,
      body.prompt_cache_retention,
      "prompt_cache_retention",
      leftOut,
    ),
    safetyIdentifier: text(body.safety_identifier),
    prompt: {
      id: text(prompt.id),
      version: text(prompt.version),
      variablesJson:
        prompt.variables === undefined
          ? ""
          : JSON.stringify(prompt.variables, null, 2),
    },
  };
}

/**
 * The composer draft that sends a pasted request body again on `upstream`, and what the draft cannot hold. It reads
 * what a Response echoes as a fork does, then the parameters only a request carries; nothing of the draft it
 * replaces is kept.
 */
export function draftFromRequest(body: Body, upstream: string): ForkedRequest {
  const leftOut = Object.keys(body)
    .filter((key) => !HELD.has(key))
    .map((key) => `the parameter ${key}`);
  const items = requestItems(body.input, leftOut);
  const echoed = {
    ...body,
    model: typeof body.model === "string" ? body.model : defaultDraft().model,
    tools: Array.isArray(body.tools) ? body.tools : [],
    tool_choice: body.tool_choice ?? "auto",
    parallel_tool_calls: body.parallel_tool_calls ?? true,
  } as unknown as ApiResponse;
  const fork = draftFromResponse(echoed, items, upstream, defaultDraft());
  return {
    draft: parseDraft({
      ...fork.draft,
      ...requestOnlyFields(body, leftOut),
    }),
    previousResponseId: fork.previousResponseId,
    leftOut: [...leftOut, ...fork.leftOut],
  };
}
