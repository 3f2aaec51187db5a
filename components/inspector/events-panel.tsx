"use client";

import { Download } from "lucide-react";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { onDemandModule } from "@/components/ui/on-demand-module";
import { Select } from "@/components/ui/form-controls";
import type { RunEvent } from "@/lib/protocol";
import { eventsToJsonl } from "@/lib/run/event-log-export";
import { createTypeCounter } from "@/lib/run/event-type-counts";
import {
  selectInspectedTurn,
  useRunStore,
  type Turn,
} from "@/lib/stores/run-store";
import { RunStatsBar } from "./run-stats-bar";

const allTypes = "all";

// The virtualized log loads with a run's first events, or earlier when the composer is used, not with the page.
const eventLists = onDemandModule(() => import("./event-list"));

/** Starts loading the event log before the first Send needs it. */
export const preloadEventList = eventLists.preload;

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
  const eventList = eventLists.useModule(shown.length > 0);
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
        eventList && <eventList.EventList events={shown} />
      ) : (
        <p className="p-4 text-sm text-zinc-500">{emptyMessage(turn)}</p>
      )}
    </section>
  );
}
