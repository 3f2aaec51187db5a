"use client";

import { useMemo } from "react";
import { useStickToBottom } from "@/components/ui/use-stick-to-bottom";
import { knownEventTypes, type RunEvent } from "@/lib/protocol";
import { EventRow } from "./event-row";
import {
  rowStart,
  tallRows,
  totalHeight,
  visibleRange,
  type RowLayout,
} from "./row-layout";
import { useExpandedRows } from "./use-expanded-rows";
import { useViewport } from "./use-viewport";

const known = new Set(knownEventTypes);
/** A collapsed row's height; only expanded rows are measured, so a fast stream mounts rows without layout reads. */
const rowHeight = 25;
const overscan = 12;

/**
 * The run's events as a virtualized list that follows the stream until the reader scrolls up. Rows are
 * placed by arithmetic (all collapsed rows have one height), so a frame that appends events costs the
 * rows on screen and the expanded ones, however long the log already is.
 */
export function EventList({ events }: { events: readonly RunEvent[] }) {
  const { scroller, content, handlers } = useStickToBottom<HTMLDivElement>();
  const viewport = useViewport(scroller);
  const { heights, toggle, measured } = useExpandedRows(scroller, rowHeight);
  const tall = useMemo(() => tallRows(events, heights), [events, heights]);
  const layout: RowLayout = { count: events.length, rowHeight, tall };
  const range = visibleRange(layout, viewport, overscan);
  const positions = range
    ? Array.from(
        { length: range.last - range.first + 1 },
        (_, offset) => range.first + offset,
      )
    : [];

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
        style={{ height: totalHeight(layout) }}
      >
        {positions.map((position) => {
          const event = events[position] as RunEvent;
          const previous = events[position - 1];
          const expanded = heights.has(event.index);
          return (
            <div
              key={event.index}
              role="listitem"
              {...(expanded ? measured(event.index) : {})}
              className="absolute top-0 left-0 w-full"
              style={{
                transform: `translateY(${rowStart(layout, position)}px)`,
              }}
            >
              <EventRow
                event={event}
                gap={
                  previous
                    ? event.receivedAt - previous.receivedAt
                    : event.receivedAt
                }
                expanded={expanded}
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
