import { openCompaction } from "../compaction";
import { invalidRequest, notFound } from "../errors";
import { newItemId } from "../ids";
import { itemTypesWithStatus } from "../spec/item-status";
import type { EngineStore } from "../store/engine-store";
import type { JsonObject, StoredItem } from "../types";

/**
 * An item as the API lists it: the types it lists with a status wherever they appear get "completed" when they have
 * none (sent without one, or an output, such as a custom_tool_call, whose output form has no status).
 */
export function withListedStatus(item: StoredItem): StoredItem {
  if (typeof item.status === "string" || !itemTypesWithStatus.has(item.type))
    return item;
  return { ...item, status: "completed" };
}

/** Turns `input` (a string or items) into stored items, each with a type and an id. */
export function normalizeInput(
  input: string | readonly JsonObject[] | null | undefined,
): StoredItem[] {
  if (input === undefined || input === null) return [];
  if (typeof input === "string") {
    return [
      {
        id: newItemId("message"),
        type: "message",
        role: "user",
        status: "completed",
        content: [{ type: "input_text", text: input }],
      },
    ];
  }
  return input.map((item) => {
    const type = typeof item.type === "string" ? item.type : "message";
    const id =
      typeof item.id === "string" && item.id ? item.id : newItemId(type);
    if (!itemTypesWithStatus.has(type)) return { ...item, id, type };
    const stored = withListedStatus({ ...item, id, type });
    // The API lists a shell_call_output with its max_output_length, null when the client sent none.
    if (type === "shell_call_output")
      return { ...stored, max_output_length: item.max_output_length ?? null };
    if (type !== "message") return stored;
    if (item.role === "assistant") return withOutputParts(stored);
    return typeof item.content === "string"
      ? { ...stored, content: [{ type: "input_text", text: item.content }] }
      : stored;
  });
}

/** An assistant message's content as output_text parts with annotations and logprobs, as the API stores them. */
function withOutputParts(message: StoredItem): StoredItem {
  const parts: unknown[] =
    typeof message.content === "string"
      ? [{ type: "output_text", text: message.content }]
      : Array.isArray(message.content)
        ? message.content
        : [];
  return {
    ...message,
    content: parts.map((part) =>
      typeof part === "object" &&
      part !== null &&
      (part as JsonObject).type === "output_text"
        ? { annotations: [], logprobs: [], ...(part as JsonObject) }
        : part,
    ),
  };
}

/**
 * Replaces each item_reference with the item it names, as the API does: from the request's own
 * context first, else from any stored response or conversation.
 */
export function resolveReferences(
  items: StoredItem[],
  prior: readonly StoredItem[],
  store: EngineStore,
): StoredItem[] {
  if (!items.some((item) => item.type === "item_reference")) return items;
  const known = new Map(prior.map((item) => [item.id, item]));
  return items.map((item, index) => {
    if (item.type !== "item_reference") return item;
    const found = known.get(item.id) ?? store.findItem(item.id);
    if (!found || found.type === "item_reference")
      throw notFound(
        `Item with id '${item.id}' not found.`,
        `input[${index}].id`,
      );
    return withListedStatus(found);
  });
}

/** Replaces each compaction item with the items it stands for, so the model sees the whole history. */
export function expandCompactions(
  items: StoredItem[],
  paramPrefix = "input",
): StoredItem[] {
  // Most inputs hold no compaction: they are returned as they are, without a copy.
  if (!items.some((item) => item.type === "compaction")) return items;
  return items.flatMap((item, index) =>
    item.type === "compaction"
      ? openCompaction(
          item.encrypted_content,
          `${paramPrefix}[${index}].encrypted_content`,
        )
      : [item],
  );
}

/**
 * Every item a chained response sees: each earlier response's input and output, oldest first, each
 * item once. A chained response's stored input is already its whole context (as the API lists it), so
 * once a later response's input holds all of an earlier one's items, it holds everything before them
 * too, and older items are not read again: a turn's cost stays linear in the chain's length. Responses
 * stored before chained inputs held their whole context fail that test and are read in full. Every
 * earlier response is still looked up, so a missing one is still an error.
 */
function chainItems(
  store: EngineStore,
  previousResponseId: string,
): StoredItem[] {
  const missing = (id: string) =>
    notFound(
      `Previous response with id '${id}' not found.`,
      "previous_response_id",
    );
  const segments: StoredItem[][] = [];
  let laterInputIds: Set<string> | null = null;
  let id: string | null | undefined = previousResponseId;
  while (id) {
    const previous = store.getResponse(id);
    if (!previous) throw missing(id);
    const input = store.inputItems(id);
    const segment = [...input, ...previous.output.map(withListedStatus)];
    id = previous.previous_response_id;
    const held = laterInputIds;
    if (
      held &&
      segment.length > 0 &&
      segment.every((item) => held.has(item.id))
    )
      break;
    segments.unshift(segment);
    laterInputIds = new Set(input.map((item) => item.id));
  }
  // What is left of the chain is covered: each response is only looked up.
  while (id) {
    const parent = store.previousResponseOf(id);
    if (parent === undefined) throw missing(id);
    id = parent;
  }
  const seen = new Set<string>();
  return segments.flat().filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

export interface PriorContext {
  items: StoredItem[];
  conversationId: string | null;
}

/** Resolves what came before this request: a response chain or a conversation, never both. */
export function priorContext(
  store: EngineStore,
  previousResponseId: string | null | undefined,
  conversation: string | { id: string } | null | undefined,
): PriorContext {
  const conversationId =
    typeof conversation === "string"
      ? conversation
      : (conversation?.id ?? null);
  if (previousResponseId && conversationId) {
    throw invalidRequest(
      "Parameters 'previous_response_id' and 'conversation' are mutually exclusive: continue a conversation with one or the other.",
      "previous_response_id",
      "mutually_exclusive_parameters",
    );
  }
  if (previousResponseId)
    return {
      items: chainItems(store, previousResponseId),
      conversationId: null,
    };
  if (conversationId) {
    if (!store.conversations.get(conversationId))
      throw notFound(
        `Conversation with id '${conversationId}' not found.`,
        "conversation",
      );
    return { items: store.conversations.items(conversationId), conversationId };
  }
  return { items: [], conversationId: null };
}
