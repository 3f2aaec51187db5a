"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { OutputItem } from "@/components/output/output-item";
import { PagedItemList } from "@/components/output/paged-item-list";
import { Select } from "@/components/ui/form-controls";
import {
  inputItemsQuery,
  type ItemOrder,
} from "@/lib/queries/response-queries";
import { itemNode } from "@/components/output/item-node";

/** The response's input items, virtualized, a page at a time as the reader scrolls down. */
export function ResponseInputItems({
  upstream,
  id,
}: {
  upstream: string;
  id: string;
}) {
  const [order, setOrder] = useState<ItemOrder>("asc");
  const query = useInfiniteQuery(inputItemsQuery(upstream, id, order));
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const items = query.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <section aria-label="Input items" className="flex flex-col gap-2">
      <header className="flex items-center gap-2">
        <h2 className="text-xs font-semibold tracking-wider text-zinc-400 uppercase">
          Input items
        </h2>
        <span className="font-mono text-[11px] text-zinc-500">
          {items.length}
          {hasNextPage ? "+" : ""} loaded
        </span>
        <Select
          aria-label="Input item order"
          className="ml-auto h-7 w-auto text-xs"
          value={order}
          onChange={(event) => setOrder(event.target.value as ItemOrder)}
        >
          <option value="asc">Oldest first (asc)</option>
          <option value="desc">Newest first (desc)</option>
        </Select>
      </header>
      <PagedItemList
        label="Input item list"
        items={items}
        itemKey={(item, index) => ("id" in item && item.id ? item.id : index)}
        renderItem={(item) => (
          <OutputItem node={itemNode(item)} streaming={false} />
        )}
        hasNextPage={hasNextPage}
        isFetchingNextPage={isFetchingNextPage}
        fetchNextPage={fetchNextPage}
      />
      {query.isPending ? (
        <p className="text-sm text-zinc-500">Loading input items…</p>
      ) : null}
      {query.isError ? (
        <p role="alert" className="text-sm text-rose-300">
          The input items could not be loaded: {query.error.message}
        </p>
      ) : null}
      {query.isSuccess && items.length === 0 ? (
        <p className="text-sm text-zinc-500">
          This response has no input items.
        </p>
      ) : null}
      {isFetchingNextPage ? (
        <p className="text-sm text-zinc-500">Loading more…</p>
      ) : null}
    </section>
  );
}
