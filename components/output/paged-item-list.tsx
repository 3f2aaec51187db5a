"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from "react";

/** How far ahead of the viewport rows render, and the height a row is guessed at before it is measured. */
const OVERSCAN = 6;
const ESTIMATED_ROW_PX = 96;

interface PagedItemListProps<T> {
  label: string;
  items: readonly T[];
  itemKey: (item: T, index: number) => string | number;
  renderItem: (item: T) => ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** The page's scrolling ancestor (the `main` of inspector and conversation pages). */
function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let node = element?.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === "auto" || overflow === "scroll") return node;
  }
  return null;
}

/**
 * A virtualized list of stored items inside a scrolling page: only the rows near the viewport are in the DOM,
 * and the next page loads when the last loaded row comes near.
 */
export function PagedItemList<T>({
  label,
  items,
  itemKey,
  renderItem,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
}: PagedItemListProps<T>) {
  const list = useRef<HTMLOListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [offset, setOffset] = useState(0);
  // The list sits below other sections whose height can change, so its offset in the scroller is kept current.
  useLayoutEffect(() => {
    const element = list.current;
    const parent = scrollParent(element);
    setScroller(parent);
    if (!parent || !element) return;
    const measure = () =>
      setOffset(
        element.getBoundingClientRect().top -
          parent.getBoundingClientRect().top +
          parent.scrollTop,
      );
    measure();
    const observer = new ResizeObserver(measure);
    if (parent.firstElementChild) observer.observe(parent.firstElementChild);
    return () => observer.disconnect();
  }, []);
  // The React Compiler leaves this component unmemoized, as TanStack Virtual's mutable virtualizer needs.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    gap: 8,
    scrollMargin: offset,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : itemKey(item, index);
    },
  });
  const rows = virtualizer.getVirtualItems();
  const lastRendered = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (lastRendered >= items.length - 1 && hasNextPage && !isFetchingNextPage)
      void fetchNextPage();
  }, [
    lastRendered,
    items.length,
    hasNextPage,
    isFetchingNextPage,
    fetchNextPage,
  ]);

  return (
    <ol
      ref={list}
      aria-label={label}
      className="relative w-full"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {rows.map((row) => {
        const item = items[row.index];
        if (item === undefined) return null;
        return (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            aria-posinset={row.index + 1}
            aria-setsize={hasNextPage ? -1 : items.length}
            className="absolute inset-x-0 top-0"
            style={{ transform: `translateY(${row.start - offset}px)` }}
          >
            {renderItem(item)}
          </li>
        );
      })}
    </ol>
  );
}
