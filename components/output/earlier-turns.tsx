"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { ResponseOutputItem } from "openai/resources/responses/responses";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { isRecord } from "@/lib/protocol/json";
import { conversationItemsQuery } from "@/lib/queries/conversation-queries";
import { inputItemsQuery, responseQuery } from "@/lib/queries/response-queries";
import { useApiKeyStore } from "@/lib/stores/api-key-store";
import { useRunActions } from "@/lib/stores/run-store";
import { ItemUpstreamContext } from "./item-context";
import { itemNode } from "./item-node";
import { OutputItem } from "./output-item";
import { UserItem } from "./user-item";

/** Whether the client, not the model, put an item into the context: a user, system or developer message or an answer. */
function sentByClient(item: Record<string, unknown>): boolean {
  if (typeof item.role === "string") return item.role !== "assistant";
  const type = String(item.type);
  return (
    type.endsWith("_call_output") ||
    type === "mcp_approval_response" ||
    type === "item_reference"
  );
}

/** Items a thread starts from, in order: what the client sent as bubbles on the right, what the model made as items. */
export function HistoryItems({
  items,
  upstream,
}: {
  items: readonly unknown[];
  upstream: string;
}) {
  return (
    <ItemUpstreamContext.Provider value={upstream}>
      {items.filter(isRecord).map((item, index) => {
        // Stored items have ids; a compacted window's may not, and it never changes once shown.
        const key = typeof item.id === "string" ? item.id : index;
        return sentByClient(item) ? (
          <div key={key} className="flex flex-col items-end">
            <UserItem item={item} />
          </div>
        ) : (
          <OutputItem
            key={key}
            node={itemNode(item as unknown as ResponseOutputItem)}
            streaming={false}
          />
        );
      })}
    </ItemUpstreamContext.Provider>
  );
}

/** Pages of stored items, newest first, as a paged query returns them. */
interface NewestFirstPages {
  data?: { pages: readonly { data: readonly unknown[] }[] };
  error: Error | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** Stored items in order, earlier pages on a button, then `after` (what followed them; null until it loads). */
function PagedHistory({
  upstream,
  pages,
  after,
  error,
}: {
  upstream: string;
  pages: NewestFirstPages;
  after: readonly unknown[] | null;
  error: Error | null;
}) {
  if (error)
    return (
      <p role="alert" className="text-sm text-rose-300">
        The earlier turns could not be loaded: {error.message}
      </p>
    );
  if (!pages.data || !after)
    return <p className="text-sm text-zinc-500">Loading earlier turns…</p>;
  const items = [
    ...pages.data.pages.flatMap((page) => page.data).reverse(),
    ...after,
  ];
  return (
    <>
      {pages.hasNextPage ? (
        <Button
          size="sm"
          className="self-center"
          disabled={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          {pages.isFetchingNextPage ? "Loading…" : "Show earlier items"}
        </Button>
      ) : null}
      <HistoryItems items={items} upstream={upstream} />
    </>
  );
}

/**
 * The stored context a thread continues from: the response's input items (its chain's turns, newest page first,
 * earlier pages on demand) and then its output, read back from the upstream.
 */
export function StoredHistory({
  upstream,
  responseId,
}: {
  upstream: string;
  responseId: string;
}) {
  const response = useQuery(responseQuery(upstream, responseId));
  const inputs = useInfiniteQuery(
    inputItemsQuery(upstream, responseId, "desc"),
  );
  const { setOriginOutput } = useRunActions();
  const completed =
    response.data?.status === "completed" ? response.data.output : null;
  // Calls the stored response ended with get the composer's answer forms, as a live turn's do.
  useEffect(() => {
    if (completed) setOriginOutput(responseId, completed);
  }, [completed, responseId, setOriginOutput]);
  return (
    <PagedHistory
      upstream={upstream}
      pages={inputs}
      after={response.data?.output ?? null}
      error={response.error ?? inputs.error}
    />
  );
}

/** The stored conversation a thread goes on in: its items, newest page first, earlier pages on demand. */
export function ConversationHistory({
  upstream,
  conversationId,
}: {
  upstream: string;
  conversationId: string;
}) {
  const apiKey = useApiKeyStore((state) => state.keys[upstream] ?? null);
  const items = useInfiniteQuery(
    conversationItemsQuery(upstream, conversationId, apiKey, "desc"),
  );
  const { setOriginOutput } = useRunActions();
  const newest = items.data?.pages[0]?.data;
  // The calls its newest items leave unanswered get the composer's answer forms.
  useEffect(() => {
    if (newest)
      setOriginOutput(
        conversationId,
        [...newest].reverse() as unknown as ResponseOutputItem[],
      );
  }, [newest, conversationId, setOriginOutput]);
  return (
    <PagedHistory
      upstream={upstream}
      pages={items}
      after={[]}
      error={items.error}
    />
  );
}
