import {
  infiniteQueryOptions,
  queryOptions,
  type QueryClient,
} from "@tanstack/react-query";
import type {
  Conversation,
  ConversationCreateParams,
} from "openai/resources/conversations/conversations";
import type {
  ConversationItem,
  ConversationItemList,
} from "openai/resources/conversations/items";
import type {
  Response as ApiResponse,
  ResponseInputItem,
} from "openai/resources/responses/responses";
import { callUpstream, UpstreamRequestError } from "@/lib/api/api-client";

/** Query keys of a conversation and of its items, both keyed by upstream and id. */
export const conversationKeys = {
  conversation: (upstream: string, id: string) =>
    [upstream, "conversation", id] as const,
  items: (upstream: string, id: string) =>
    [upstream, "conversation-items", id] as const,
};

const ITEMS_PAGE_SIZE = 20;

export interface ItemsPage {
  after: string | null;
  limit?: number;
  order?: "asc" | "desc";
}

/** The path of one page of a conversation's items, oldest first unless `order` says otherwise. */
export function itemsPagePath(id: string, page: ItemsPage): string {
  const query = new URLSearchParams({
    limit: String(page.limit ?? ITEMS_PAGE_SIZE),
    order: page.order ?? "asc",
  });
  if (page.after !== null) query.set("after", page.after);
  return `conversations/${encodeURIComponent(id)}/items?${query.toString()}`;
}

/** The cursor of the page after `page`, or undefined at the end of the list. */
export function nextItemsCursor(
  page: Pick<ConversationItemList, "has_more" | "last_id">,
): string | undefined {
  return page.has_more && page.last_id ? page.last_id : undefined;
}

/** A 4xx will answer the same again, so only network and server failures are retried. */
function retryUnlessRefused(failureCount: number, error: Error): boolean {
  const status = error instanceof UpstreamRequestError ? error.status : null;
  return failureCount < 2 && (status === null || status >= 500);
}

export function conversationQuery(
  upstream: string,
  id: string,
  apiKey: string | null,
) {
  return queryOptions({
    queryKey: conversationKeys.conversation(upstream, id),
    queryFn: ({ signal }) =>
      callUpstream<Conversation>({
        upstream,
        path: `conversations/${encodeURIComponent(id)}`,
        apiKey,
        signal,
      }),
    retry: retryUnlessRefused,
  });
}

/** A conversation's items, page by page as the reader scrolls, oldest first (or newest first, for a thread's history). */
export function conversationItemsQuery(
  upstream: string,
  id: string,
  apiKey: string | null,
  order: "asc" | "desc" = "asc",
) {
  const key = conversationKeys.items(upstream, id);
  return infiniteQueryOptions({
    queryKey: order === "asc" ? key : [...key, order],
    queryFn: ({ pageParam, signal }) =>
      callUpstream<ConversationItemList>({
        upstream,
        path: itemsPagePath(id, { after: pageParam, order }),
        apiKey,
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: nextItemsCursor,
    retry: retryUnlessRefused,
  });
}

/** Every item of the pages loaded so far, in order. */
export function loadedItems(
  pages: readonly ConversationItemList[] | undefined,
): ConversationItem[] {
  return pages?.flatMap((page) => page.data) ?? [];
}

export const METADATA_LIMITS = { keys: 16, keyLength: 64, valueLength: 512 };

/** What the API would refuse in a metadata map, in words (empty when it is fine). */
export function metadataProblems(
  entries: readonly { key: string; value: string }[],
): string[] {
  const problems: string[] = [];
  if (entries.length > METADATA_LIMITS.keys)
    problems.push(
      `At most ${METADATA_LIMITS.keys} keys are allowed; there are ${entries.length}.`,
    );
  const seen = new Set<string>();
  for (const { key, value } of entries) {
    if (key.trim() === "") problems.push("Every key needs a name.");
    else if (seen.has(key)) problems.push(`The key "${key}" appears twice.`);
    seen.add(key);
    if (key.length > METADATA_LIMITS.keyLength)
      problems.push(
        `The key "${key.slice(0, 20)}…" is longer than ${METADATA_LIMITS.keyLength} characters.`,
      );
    if (value.length > METADATA_LIMITS.valueLength)
      problems.push(
        `The value of "${key.slice(0, 20)}" is longer than ${METADATA_LIMITS.valueLength} characters.`,
      );
  }
  return problems;
}

interface Call {
  upstream: string;
  apiKey: string | null;
}

export function createConversation(
  call: Call,
  params: ConversationCreateParams,
): Promise<Conversation> {
  return callUpstream<Conversation>({
    ...call,
    path: "conversations",
    method: "POST",
    body: params,
  });
}

/** Replaces a conversation's metadata and puts the answer in the cache (its items do not change). */
export async function updateConversationMetadata(
  client: QueryClient,
  call: Call & { id: string },
  metadata: Record<string, string>,
): Promise<Conversation> {
  const conversation = await callUpstream<Conversation>({
    ...call,
    path: `conversations/${encodeURIComponent(call.id)}`,
    method: "POST",
    body: { metadata },
  });
  client.setQueryData(
    conversationKeys.conversation(call.upstream, call.id),
    conversation,
  );
  return conversation;
}

/** Deletes one item; only the item list changes. */
export async function deleteConversationItem(
  client: QueryClient,
  call: Call & { id: string },
  itemId: string,
): Promise<void> {
  await callUpstream<Conversation>({
    ...call,
    path: `conversations/${encodeURIComponent(call.id)}/items/${encodeURIComponent(itemId)}`,
    method: "DELETE",
  });
  await client.invalidateQueries({
    queryKey: conversationKeys.items(call.upstream, call.id),
    exact: true,
  });
}

/** Sends a response within the conversation; its input and output join the item list. */
export async function continueConversation(
  client: QueryClient,
  call: Call & { id: string },
  request: { model: string; input: ResponseInputItem[] },
): Promise<ApiResponse> {
  const response = await callUpstream<ApiResponse>({
    ...call,
    path: "responses",
    method: "POST",
    body: { ...request, conversation: call.id },
  });
  await client.invalidateQueries({
    queryKey: conversationKeys.items(call.upstream, call.id),
    exact: true,
  });
  return response;
}
