import type { Reasoning } from "openai/resources/shared";
import type { ResponseCreateParamsBase } from "openai/resources/responses/responses";
import type { ResponseInputItem } from "openai/resources/responses/responses";
import {
  buildMetadata,
  buildPrompt,
  buildText,
  buildToolChoice,
} from "./build-params";
import { buildHistory, buildMessages, type DraftProblem } from "./build-parts";
import { buildTools } from "./build-tools";
import type { Draft } from "./draft";
import { buildJsonItems } from "./json-item";

export type { DraftProblem } from "./build-parts";

/** The JSON body of `POST /responses`, typed by the official SDK. */
export type RequestBody = ResponseCreateParamsBase;

/** Earlier turns of the conversation the new messages continue. */
export type Continuation = {
  /** Id of the last response when it was stored; null when it was not (`store: false`). */
  previousResponseId: string | null;
  /** Items the server does not hold, in order (unstored turns, a compacted window): sent before the new messages. */
  history: unknown[];
};

export type BuiltRequest = {
  body: RequestBody;
  problems: DraftProblem[];
  /** The items this turn adds to the thread: the JSON items, then the messages. */
  newInput: ResponseInputItem[];
};

/** The order keys appear in the preview and exports; keys not listed follow alphabetically. */
export const BODY_KEY_ORDER = [
  "model",
  "instructions",
  "prompt",
  "input",
  "previous_response_id",
  "conversation",
  "tools",
  "tool_choice",
  "parallel_tool_calls",
  "max_tool_calls",
  "text",
  "reasoning",
  "temperature",
  "top_p",
  "top_logprobs",
  "max_output_tokens",
  "truncation",
  "include",
  "metadata",
  "prompt_cache_key",
  "prompt_cache_retention",
  "safety_identifier",
  "service_tier",
  "store",
  "background",
  "stream",
  "stream_options",
] as const;

function buildReasoning(reasoning: Draft["reasoning"]): Reasoning | undefined {
  if (reasoning.effort === null && reasoning.summary === null) return undefined;
  return {
    ...(reasoning.effort === null ? {} : { effort: reasoning.effort }),
    ...(reasoning.summary === null ? {} : { summary: reasoning.summary }),
  };
}

/** Adds `key` only when the value is set, so the body never carries nulls the user did not choose. */
function setIfDefined<K extends keyof RequestBody>(
  body: RequestBody,
  key: K,
  value: RequestBody[K] | null | undefined,
) {
  if (value !== null && value !== undefined) body[key] = value;
}

/**
 * The exact body Send posts, and the problems that kept parts of the draft out of it. Never throws.
 *
 * Defaults the server already applies are left out: `store` is sent only as `store: false` (the API
 * stores by default), `stream` only as `true`, `background` only as `true`, `tool_choice` never as "auto".
 */
export function buildRequest(
  draft: Draft,
  conversation?: Continuation,
): BuiltRequest {
  const items = buildJsonItems(draft.items);
  const messages = buildMessages(draft.messages);
  const conversationId = draft.conversation.trim();
  // A conversation holds the earlier turns itself, and the API refuses it beside previous_response_id.
  const chained =
    conversationId === "" &&
    conversation !== undefined &&
    conversation.previousResponseId !== null;
  // What the server does not hold (unstored turns, a compacted window) is resent before the new messages.
  const history =
    conversationId === "" && conversation !== undefined
      ? buildHistory(conversation.history)
      : null;
  const tools = buildTools(draft.tools);
  const toolChoice = buildToolChoice(draft.toolChoice, tools.value);
  const text = buildText(draft);
  const metadata = buildMetadata(draft.metadata);
  const prompt = buildPrompt(draft.prompt);
  const newInput = [...items.value, ...messages.value];

  const body: RequestBody = {};
  setIfDefined(body, "model", draft.model === "" ? undefined : draft.model);
  // Instructions are never carried over by previous_response_id, so every turn sends them again.
  setIfDefined(
    body,
    "instructions",
    draft.instructions.trim() === "" ? undefined : draft.instructions,
  );
  setIfDefined(body, "prompt", prompt.value);
  body.input = [...(history?.value ?? []), ...newInput];
  if (chained) body.previous_response_id = conversation.previousResponseId;
  if (conversationId !== "") body.conversation = conversationId;
  if (tools.value.length > 0) body.tools = tools.value;
  setIfDefined(body, "tool_choice", toolChoice.value);
  setIfDefined(body, "parallel_tool_calls", draft.parallelToolCalls);
  setIfDefined(body, "max_tool_calls", draft.maxToolCalls);
  setIfDefined(body, "text", text.value);
  setIfDefined(body, "reasoning", buildReasoning(draft.reasoning));
  setIfDefined(body, "temperature", draft.temperature);
  setIfDefined(body, "top_p", draft.top_p);
  setIfDefined(body, "top_logprobs", draft.topLogprobs);
  setIfDefined(body, "max_output_tokens", draft.max_output_tokens);
  setIfDefined(body, "truncation", draft.truncation);
  if (draft.include.length > 0) body.include = draft.include;
  setIfDefined(body, "metadata", metadata.value);
  setIfDefined(body, "prompt_cache_key", nonBlank(draft.promptCacheKey));
  setIfDefined(body, "prompt_cache_retention", draft.promptCacheRetention);
  setIfDefined(body, "safety_identifier", nonBlank(draft.safetyIdentifier));
  setIfDefined(body, "service_tier", draft.serviceTier);
  if (!draft.store) body.store = false;
  if (draft.background) body.background = true;
  if (draft.stream) body.stream = true;
  // stream_options is only valid on a streamed request.
  if (draft.stream && draft.includeObfuscation !== null)
    body.stream_options = { include_obfuscation: draft.includeObfuscation };

  const problems = [
    ...(draft.model === ""
      ? [{ field: "model", message: "Model is required" }]
      : []),
    ...prompt.problems,
    ...(history?.problems ?? []),
    ...items.problems,
    ...messages.problems,
    ...tools.problems,
    ...toolChoice.problems,
    ...text.problems,
    ...metadata.problems,
  ];
  return { body: orderBody(body), problems, newInput };
}

function nonBlank(value: string): string | undefined {
  return value.trim() === "" ? undefined : value;
}

function keyRank(key: string): number {
  const index = (BODY_KEY_ORDER as readonly string[]).indexOf(key);
  return index === -1 ? BODY_KEY_ORDER.length : index;
}

/** A copy of `body` with its top-level keys in `BODY_KEY_ORDER`, so previews and exports read the same. */
export function orderBody(body: RequestBody): RequestBody {
  const keys = Object.keys(body).sort(
    (a, b) => keyRank(a) - keyRank(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const source: Record<string, unknown> = { ...body };
  const ordered: Record<string, unknown> = {};
  for (const key of keys) ordered[key] = source[key];
  return ordered;
}

/** The body as the preview shows it: two-space indented JSON in the stable key order. */
export function formatRequestBody(body: RequestBody): string {
  return JSON.stringify(orderBody(body), null, 2);
}

export function buildRequestJson(
  draft: Draft,
  conversation?: Continuation,
): string {
  return formatRequestBody(buildRequest(draft, conversation).body);
}
