"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { ResponseOutputItem } from "openai/resources/responses/responses";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { isRecord } from "@/lib/protocol/json";
import { inputItemsQuery, responseQuery } from "@/lib/queries/response-queries";
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
  const error = response.error ?? inputs.error;
  if (error)
    return (
      <p role="alert" className="text-sm text-rose-300">
        The earlier turns could not be loaded: {error.message}
      </p>
    );
  if (!response.data || !inputs.data)
    return <p className="text-sm text-zinc-500">Loading earlier turns…</p>;
  const items = [
    ...inputs.data.pages.flatMap((page) => page.data).reverse(),
    ...response.data.output,
  ];
  return (
    <>
      {inputs.hasNextPage ? (
        <Button
          size="sm"
          className="self-center"
          disabled={inputs.isFetchingNextPage}
          onClick={() => void inputs.fetchNextPage()}
        >
          {inputs.isFetchingNextPage ? "Loading…" : "Show earlier items"}
        </Button>
      ) : null}
      <HistoryItems items={items} upstream={upstream} />
    </>
  );
}
