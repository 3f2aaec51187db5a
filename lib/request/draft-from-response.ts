import type {
  Response as ApiResponse,
  ResponseItem,
} from "openai/resources/responses/responses";
import {
  MESSAGE_ROLES,
  REASONING_EFFORTS,
  REASONING_SUMMARIES,
  newDraftId,
  type Draft,
  type DraftMessage,
  type DraftTextFormat,
  type MessageRole,
} from "./draft";
import { parseDraft } from "./draft-schema";
import { forkToolChoice, forkTools } from "./fork-tools";
import { storedItemAsInput } from "./stored-item-input";

/** The composer state that resends a stored response's request, and what the draft cannot hold. */
export interface ForkedRequest {
  draft: Draft;
  /** The request's `previous_response_id`: the fork continues from the same point. */
  previousResponseId: string | null;
  /** Parts of the request the draft has no field for, in words, so the person knows what was left out. */
  leftOut: string[];
}

function isOneOf<T extends string>(
  values: readonly T[],
  value: unknown,
): value is T {
  return (values as readonly unknown[]).includes(value);
}

/** A message item's text, or null when it carries parts a draft message cannot hold (images, files, audio). */
function messageText(item: ResponseItem): string | null {
  if (item.type !== "message") return null;
  // A request may give a message's content as plain text.
  const content: unknown = item.content;
  if (typeof content === "string") return content;
  const parts: unknown[] = Array.isArray(content) ? content : [];
  const texts: string[] = [];
  for (const part of parts) {
    if (typeof part !== "object" || part === null) return null;
    if ("text" in part && typeof part.text === "string") texts.push(part.text);
    else if ("refusal" in part && typeof part.refusal === "string")
      texts.push(part.refusal);
    else return null;
  }
  return texts.join("\n\n");
}

/** An input item as one of the composer's message rows, or null when a row cannot hold it. */
function messageRow(item: ResponseItem): DraftMessage | null {
  const text = messageText(item);
  const role: unknown = "role" in item ? item.role : null;
  return text !== null && isOneOf<MessageRole>(MESSAGE_ROLES, role)
    ? { id: newDraftId("msg"), role, text }
    : null;
}

/**
 * The request's input as the composer holds it. JSON items are sent before the message rows, so every item up to
 * the last one a row cannot hold (a tool's output, an image) becomes a JSON item, and the rest message rows: the
 * order stays the request's.
 */
function forkInput(items: readonly ResponseItem[]) {
  const rows = items.map(messageRow);
  const lastItem = rows.findLastIndex((row) => row === null);
  return {
    items: items.slice(0, lastItem + 1).map((item) => ({
      id: newDraftId("item"),
      json: JSON.stringify(storedItemAsInput(item), null, 2),
    })),
    messages: rows
      .slice(lastItem + 1)
      .filter((row): row is DraftMessage => row !== null),
  };
}

function forkTextFormat(response: ApiResponse): DraftTextFormat {
  const format = response.text?.format;
  if (!format || format.type === "text") return { type: "text" };
  if (format.type === "json_object") return { type: "json_object" };
  return {
    type: "json_schema",
    name: format.name,
    schemaJson: JSON.stringify(format.schema, null, 2),
    strict: format.strict ?? false,
  };
}

function forkInstructions(response: ApiResponse, leftOut: string[]): string {
  const { instructions } = response;
  if (typeof instructions === "string") return instructions;
  if (Array.isArray(instructions) && instructions.length > 0)
    leftOut.push("instructions given as input items");
  return "";
}

/**
 * The items a chained response's own request sent: its input items list the whole context (the
 * previous response's input items and output first), so those are left out by id.
 */
export function ownInputItems(
  items: readonly ResponseItem[],
  context: readonly { id?: string | null }[],
): ResponseItem[] {
  const earlier = new Set(context.map((item) => item.id));
  return items.filter((item) => !earlier.has(item.id));
}

/**
 * The draft that resends the request which made `response`, from what the Response echoes and its
 * input items (in request order). What the Response does not echo (`stream`) is kept from `current`.
 */
export function draftFromResponse(
  response: ApiResponse,
  inputItems: readonly ResponseItem[],
  upstream: string,
  current: Draft,
): ForkedRequest {
  const leftOut: string[] = [];
  const { items, messages } = forkInput(inputItems);
  const tools = forkTools(response.tools, leftOut);
  const effort = response.reasoning?.effort;
  const summary = response.reasoning?.summary;
  const draft = parseDraft({
    ...current,
    upstream,
    model: response.model,
    instructions: forkInstructions(response, leftOut),
    items,
    messages:
      messages.length > 0
        ? messages
        : [{ id: newDraftId("msg"), role: "user", text: "" }],
    temperature: response.temperature ?? null,
    top_p: response.top_p ?? null,
    max_output_tokens: response.max_output_tokens ?? null,
    // `store` is not part of the SDK's Response type, but servers echo it.
    store: !("store" in response && response.store === false),
    background: response.background ?? false,
    reasoning: {
      effort: isOneOf(REASONING_EFFORTS, effort) ? effort : null,
      summary: isOneOf(REASONING_SUMMARIES, summary) ? summary : null,
    },
    textFormat: forkTextFormat(response),
    tools,
    toolChoice: forkToolChoice(response.tool_choice, tools, leftOut),
    // Echoed as true by default, so it only means something beside tools.
    parallelToolCalls:
      response.tools.length > 0 ? response.parallel_tool_calls : null,
    metadata: Object.entries(response.metadata ?? {}).map(([key, value]) => ({
      key,
      value,
    })),
  });
  return {
    draft,
    previousResponseId: response.previous_response_id ?? null,
    leftOut,
  };
}
