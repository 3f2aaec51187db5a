"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import type { ConversationItem } from "openai/resources/conversations/items";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { OutputItem } from "@/components/output/output-item";
import { PagedItemList } from "@/components/output/paged-item-list";
import { Button } from "@/components/ui/button";
import {
  conversationItemsQuery,
  deleteConversationItem,
  loadedItems,
} from "@/lib/queries/conversation-queries";
import { conversationFailure, FailureMessage } from "./failure-message";
import { itemNode } from "@/components/output/item-node";

interface Props {
  id: string;
  upstream: string;
  apiKey: string | null;
}

function itemId(item: ConversationItem): string | null {
  return "id" in item && typeof item.id === "string" ? item.id : null;
}

function ItemRow({ item, ...call }: Props & { item: ConversationItem }) {
  const client = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const id = itemId(item);
  async function remove(itemId: string) {
    setDeleting(true);
    setProblem(null);
    try {
      await deleteConversationItem(client, call, itemId);
    } catch (error) {
      setProblem(
        `Could not delete: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setDeleting(false);
    }
  }
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <OutputItem node={itemNode(item)} streaming={false} />
        </div>
        {id ? (
          <Button
            variant="ghost"
            size="icon"
            aria-label={`Delete item ${id}`}
            disabled={deleting}
            onClick={() => void remove(id)}
          >
            <Trash2 />
          </Button>
        ) : null}
      </div>
      {problem ? (
        <p role="alert" className="text-xs text-rose-300">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** The conversation's items, oldest first, virtualized, loading the next page as the reader scrolls to the end. */
export function ConversationItems(props: Props) {
  const { id, upstream, apiKey } = props;
  const query = useInfiniteQuery(conversationItemsQuery(upstream, id, apiKey));
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;

  if (query.isPending)
    return <p className="text-sm text-zinc-500">Loading items…</p>;
  if (query.isError) {
    const failure = conversationFailure(query.error, id, upstream);
    return <FailureMessage {...failure} />;
  }
  const items = loadedItems(query.data.pages);
  return (
    <section aria-label="Items" className="flex flex-col gap-3">
      <h2 className="text-xs font-semibold tracking-wider text-zinc-500 uppercase">
        Items{" "}
        <span className="font-normal normal-case">
          ({items.length}
          {hasNextPage ? "+" : ""})
        </span>
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-zinc-500">
          No items yet: send a message below to start the conversation.
        </p>
      ) : (
        <PagedItemList
          label="Conversation item list"
          items={items}
          itemKey={(item, index) => itemId(item) ?? index}
          renderItem={(item) => <ItemRow item={item} {...props} />}
          hasNextPage={hasNextPage}
          isFetchingNextPage={isFetchingNextPage}
          fetchNextPage={fetchNextPage}
        />
      )}
      {isFetchingNextPage ? (
        <p className="text-sm text-zinc-500">Loading more…</p>
      ) : null}
    </section>
  );
}
