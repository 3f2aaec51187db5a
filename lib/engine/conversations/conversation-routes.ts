import type { ApiReply } from "@/lib/api/api-reply";
import { z } from "zod";
import type { EngineContext } from "../engine-context";
import { invalidRequest, notFound } from "../errors";
import { inputItemSchema } from "../http/create-request-schema";
import {
  listQueryObject,
  parsePageQuery,
  storedListQuerySchema,
} from "../http/query";
import { json } from "../http/respond";
import { checkMessageParts } from "../http/message-parts";
import { parseOrThrow } from "../http/validation";
import { newId } from "../ids";
import { normalizeInput } from "../responses/input-items";
import type { StoredConversation } from "../store/conversation-store";

const metadataSchema = z.record(z.string(), z.string());

const createSchema = z.looseObject({
  items: z.array(inputItemSchema).nullish(),
  metadata: metadataSchema.nullish(),
});
const updateSchema = z.looseObject({ metadata: metadataSchema.nullable() });
const addItemsSchema = z.looseObject({
  items: z.array(inputItemSchema),
});

function conversationBody(conversation: StoredConversation) {
  return {
    id: conversation.id,
    object: "conversation",
    created_at: conversation.created_at,
    metadata: conversation.metadata,
  };
}

function findConversation(
  context: EngineContext,
  id: string,
): StoredConversation {
  const conversation = context.store.conversations.get(id);
  if (!conversation) throw notFound(`Conversation with id '${id}' not found.`);
  return conversation;
}

export function createConversation(
  context: EngineContext,
  raw: unknown,
): ApiReply {
  const body = parseOrThrow(createSchema, raw);
  checkMessageParts(body.items, "items");
  const conversation = {
    id: newId("conv"),
    created_at: Math.floor(Date.now() / 1000),
    metadata: body.metadata ?? {},
  };
  context.store.conversations.create(
    conversation,
    normalizeInput(body.items ?? []),
  );
  return json(conversationBody(conversation));
}

/**
 * `GET /v1/conversations`: the engine's extension of the API, listing stored conversations in the API's
 * list shape, newest first by default, so the playground can show what any SDK script created.
 */
export function listConversations(context: EngineContext, url: URL): ApiReply {
  const query = parseOrThrow(storedListQuerySchema, listQueryObject(url));
  const page = context.store.conversations.page({
    ...query,
    after: query.after ?? null,
  });
  if (!page)
    throw invalidRequest(`No conversation with id '${query.after}'.`, "after");
  return json({ ...page, data: page.data.map(conversationBody) });
}

export function retrieveConversation(
  context: EngineContext,
  id: string,
): ApiReply {
  return json(conversationBody(findConversation(context, id)));
}

export function updateConversation(
  context: EngineContext,
  id: string,
  raw: unknown,
): ApiReply {
  const body = parseOrThrow(updateSchema, raw);
  const conversation = findConversation(context, id);
  const metadata = body.metadata ?? {};
  context.store.conversations.updateMetadata(id, metadata);
  return json(conversationBody({ ...conversation, metadata }));
}

export function deleteConversation(
  context: EngineContext,
  id: string,
): ApiReply {
  findConversation(context, id);
  context.store.conversations.delete(id);
  return json({ id, object: "conversation.deleted", deleted: true });
}

export function addConversationItems(
  context: EngineContext,
  id: string,
  raw: unknown,
): ApiReply {
  const body = parseOrThrow(addItemsSchema, raw);
  checkMessageParts(body.items, "items");
  findConversation(context, id);
  const items = normalizeInput(body.items);
  context.store.conversations.appendItems(id, items);
  return json({
    object: "list",
    data: items,
    first_id: items[0]?.id ?? null,
    last_id: items.at(-1)?.id ?? null,
    has_more: false,
  });
}

export function listConversationItems(
  context: EngineContext,
  id: string,
  url: URL,
): ApiReply {
  const query = parsePageQuery(url);
  findConversation(context, id);
  const page = context.store.conversations.pageItems(id, query);
  if (!page)
    throw invalidRequest(
      `No item with id '${query.after}' in conversation '${id}'.`,
      "after",
    );
  return json(page);
}

export function retrieveConversationItem(
  context: EngineContext,
  id: string,
  itemId: string,
): ApiReply {
  findConversation(context, id);
  const item = context.store.conversations.getItem(id, itemId);
  if (!item)
    throw notFound(
      `Item with id '${itemId}' not found in conversation '${id}'.`,
    );
  return json(item);
}

export function deleteConversationItem(
  context: EngineContext,
  id: string,
  itemId: string,
): ApiReply {
  const conversation = findConversation(context, id);
  if (!context.store.conversations.deleteItem(id, itemId)) {
    throw notFound(
      `Item with id '${itemId}' not found in conversation '${id}'.`,
    );
  }
  return json(conversationBody(conversation));
}
