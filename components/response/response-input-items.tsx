"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { OutputItem } from "@/components/output/output-item";
import { Select } from "@/components/ui/form-controls";
import {
  inputItemsQuery,
  type ItemOrder,
} from "@/lib/queries/response-queries";
import { itemNode } from "@/components/output/item-node";

/** Whether the returned element is within 200px of the viewport. */
function useNearViewport() {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => setNear(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, near] as const;
}

/** The response's input items, a page at a time as the reader scrolls down. */
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
  const [sentinel, atEnd] = useNearViewport();
  // While the end of the list is in view, the next page loads; a short page keeps it in view for the next.
  useEffect(() => {
    if (atEnd && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [atEnd, hasNextPage, isFetchingNextPage, fetchNextPage]);
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
      <ol aria-label="Input item list" className="flex flex-col gap-2">
        {items.map((item, index) => (
          <li key={"id" in item && item.id ? item.id : index}>
            <OutputItem node={itemNode(item)} streaming={false} />
          </li>
        ))}
      </ol>
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
      <div ref={sentinel} aria-hidden className="h-px" />
      {isFetchingNextPage ? (
        <p className="text-sm text-zinc-500">Loading more…</p>
      ) : null}
    </section>
  );
}
