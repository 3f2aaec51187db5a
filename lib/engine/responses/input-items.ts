import { openCompaction } from "../compaction";
import { invalidRequest, notFound } from "../errors";
import { newItemId } from "../ids";
import type { EngineStore } from "../store/engine-store";
import type { JsonObject, StoredItem } from "../types";

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
        content: [{ type: "input_text", text: input }],
      },
    ];
  }
  return input.map((item) => {
    const type = typeof item.type === "string" ? item.type : "message";
    const id =
      typeof item.id === "string" && item.id ? item.id : newItemId(type);
    if (type !== "message" || typeof item.content !== "string")
      return { ...item, id, type };
    const partType = item.role === "assistant" ? "output_text" : "input_text";
    const part =
      partType === "output_text"
        ? { type: partType, text: item.content, annotations: [] }
        : { type: partType, text: item.content };
    return { ...item, id, type, content: [part] };
  });
}

/** Replaces each compaction item with the items it stands for, so the model sees the whole history. */
export function expandCompactions(
  items: StoredItem[],
  paramPrefix = "input",
): StoredItem[] {
  return items.flatMap((item, index) =>
    item.type === "compaction"
      ? openCompaction(
          item.encrypted_content,
          `${paramPrefix}[${index}].encrypted_content`,
        )
      : [item],
  );
}

/** Every item a chained response sees: each earlier response's input and output, oldest first. */
export function chainItems(
  store: EngineStore,
  previousResponseId: string,
): StoredItem[] {
  const segments: StoredItem[][] = [];
  let id: string | null | undefined = previousResponseId;
  while (id) {
    const previous = store.getResponse(id);
    if (!previous) {
      throw notFound(
        `Previous response with id '${id}' not found.`,
        "previous_response_id",
      );
    }
    segments.unshift([
      ...store.inputItems(id),
      ...(previous.output as unknown as StoredItem[]),
    ]);
    id = previous.previous_response_id;
  }
  return segments.flat();
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
    if (!store.getConversation(conversationId))
      throw notFound(
        `Conversation with id '${conversationId}' not found.`,
        "conversation",
      );
    return { items: store.conversationItems(conversationId), conversationId };
  }
  return { items: [], conversationId: null };
}
