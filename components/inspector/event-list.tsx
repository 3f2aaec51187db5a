"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useRef, useState } from "react";
import { useStickToBottom } from "@/components/ui/use-stick-to-bottom";
import { knownEventTypes, type RunEvent } from "@/lib/protocol";
import { EventRow } from "./event-row";

const known = new Set(knownEventTypes);
/** A collapsed row's height; only expanded rows are measured, so a fast stream mounts rows without layout reads. */
const rowHeight = 25;

/** The run's events as a virtualized list that follows the stream until the reader scrolls up. */
export function EventList({ events }: { events: readonly RunEvent[] }) {
  const { scroller, content, handlers } = useStickToBottom<HTMLDivElement>();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = useCallback(
    (index: number) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (!next.delete(index)) next.add(index);
        return next;
      }),
    [],
  );
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scroller.current,
    getItemKey: (position) => events[position]?.index ?? position,
    estimateSize: () => rowHeight,
    overscan: 12,
    // Scrolling to the newest event re-renders in the next frame, not synchronously in the scroll event.
    useFlushSync: false,
  });
  const wasExpanded = useRef(expanded);
  useEffect(() => {
    // A collapsed row is no longer measured, so its size goes back to a collapsed row's by hand.
    for (const index of wasExpanded.current) {
      if (expanded.has(index)) continue;
      const position = events.findIndex((event) => event.index === index);
      if (position !== -1) virtualizer.resizeItem(position, rowHeight);
    }
    wasExpanded.current = expanded;
  }, [expanded, events, virtualizer]);

  return (
    <div
      ref={scroller}
      {...handlers}
      className="min-h-0 flex-1 overflow-y-auto"
      role="list"
      aria-label="Event log"
    >
      <div
        ref={content}
        className="relative w-full"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const event = events[row.index];
          if (!event) return null;
          const previous = events[row.index - 1];
          return (
            <div
              key={event.index}
              role="listitem"
              data-index={row.index}
              ref={
                expanded.has(event.index)
                  ? virtualizer.measureElement
                  : undefined
              }
              className="absolute top-0 left-0 w-full"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <EventRow
                event={event}
                gap={
                  previous
                    ? event.receivedAt - previous.receivedAt
                    : event.receivedAt
                }
                expanded={expanded.has(event.index)}
                known={known.has(event.type)}
                onToggle={toggle}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
