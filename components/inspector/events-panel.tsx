"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { Download } from "lucide-react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useStickToBottom } from "@/components/ui/use-stick-to-bottom";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/form-controls";
import { knownEventTypes, type RunEvent } from "@/lib/protocol";
import { eventsToJsonl } from "@/lib/run/event-log-export";
import { createTypeCounter } from "@/lib/run/event-type-counts";
import {
  selectInspectedTurn,
  useRunStore,
  type Turn,
} from "@/lib/stores/run-store";
import { EventRow } from "./event-row";
import { RunStatsBar } from "./run-stats-bar";

const known = new Set(knownEventTypes);
const allTypes = "all";
/** A collapsed row's height; only expanded rows are measured, so a fast stream mounts rows without layout reads. */
const rowHeight = 25;

function download(events: readonly RunEvent[], name: string) {
  const url = URL.createObjectURL(
    new Blob([eventsToJsonl(events)], { type: "application/x-ndjson" }),
  );
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

function EventList({ events }: { events: readonly RunEvent[] }) {
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

function emptyMessage(turn: Turn | null): string {
  if (!turn) return "Events of a run appear here as they arrive.";
  if (turn.failure) {
    const status =
      turn.failure.status === null
        ? "a network error"
        : `HTTP ${turn.failure.status}`;
    return `No events: the request failed with ${status} before anything streamed.`;
  }
  return "No events yet.";
}

/** Every raw event of the inspected run, in order, with timing, filtering and export. */
export function EventsPanel() {
  const turn = useRunStore(selectInspectedTurn);
  const [filter, setFilter] = useState(allTypes);
  const events = turn?.events;
  const [countTypes] = useState(createTypeCounter);
  const counts = useMemo(
    () => [...countTypes(events ?? [])],
    [countTypes, events],
  );
  const shown = useMemo(
    () =>
      !events || filter === allTypes
        ? (events ?? [])
        : events.filter((event) => event.type === filter),
    [events, filter],
  );
  return (
    <section aria-label="Events" className="flex min-h-0 flex-1 flex-col">
      {turn ? <RunStatsBar turn={turn} /> : null}
      <div className="flex items-center gap-2 border-b border-zinc-800 px-2 py-1.5">
        <Select
          aria-label="Filter events by type"
          className="h-7 flex-1 text-xs"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        >
          <option value={allTypes}>All events ({events?.length ?? 0})</option>
          {counts.map(([type, count]) => (
            <option key={type} value={type}>
              {type} ({count})
            </option>
          ))}
        </Select>
        <Button
          size="sm"
          variant="ghost"
          disabled={!events?.length}
          onClick={() =>
            turn &&
            download(turn.events, `${turn.tree.responseId ?? turn.id}.jsonl`)
          }
        >
          <Download /> .jsonl
        </Button>
      </div>
      {events?.[0]?.synthetic ? (
        <p className="border-b border-zinc-800 px-3 py-1.5 text-xs text-zinc-500">
          Not streamed: these events are rebuilt from the response JSON
          {turn?.phase === "polling" ? " at each poll" : ""}.
        </p>
      ) : null}
      {shown.length > 0 ? (
        <EventList events={shown} />
      ) : (
        <p className="p-4 text-sm text-zinc-500">{emptyMessage(turn)}</p>
      )}
    </section>
  );
}
