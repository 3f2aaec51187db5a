"use client";

import { useState } from "react";
import { RequestPanel } from "@/components/composer/request-panel";
import { EventsPanel } from "@/components/inspector/events-panel";
import { cn } from "@/lib/cn";

const tabs = [
  { id: "events", label: "Events" },
  { id: "request", label: "Request" },
] as const;

/** The right column: the raw event log of a run, or the request that Send will post. */
export function InspectorColumn() {
  const [tab, setTab] = useState<(typeof tabs)[number]["id"]>("events");
  return (
    <div className="flex min-h-0 flex-col border-l border-zinc-800 bg-zinc-950">
      <div
        role="tablist"
        aria-label="Inspector"
        className="flex h-10 shrink-0 items-end gap-4 border-b border-zinc-800 px-3"
      >
        {tabs.map((entry) => (
          <button
            key={entry.id}
            type="button"
            role="tab"
            aria-selected={tab === entry.id}
            onClick={() => setTab(entry.id)}
            className={cn(
              "-mb-px border-b-2 pb-2 text-xs font-semibold tracking-wider uppercase",
              tab === entry.id
                ? "border-emerald-400 text-zinc-100"
                : "border-transparent text-zinc-500 hover:text-zinc-300",
            )}
          >
            {entry.label}
          </button>
        ))}
      </div>
      {tab === "events" ? <EventsPanel /> : <RequestPanel />}
    </div>
  );
}
