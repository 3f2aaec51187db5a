"use client";

import { lazy, Suspense, useState } from "react";
import { EventsPanel } from "@/components/inspector/events-panel";
import { TabList } from "@/components/ui/tab-list";

// The request preview and code export (with the highlighter) load when the tab is first opened.
const RequestPanel = lazy(() =>
  import("@/components/composer/request-panel").then((module) => ({
    default: module.RequestPanel,
  })),
);

const tabs = [
  { id: "events", label: "Events" },
  { id: "request", label: "Request" },
] as const;

/** The right column: the raw event log of a run, or the request that Send will post. */
export function InspectorColumn() {
  const [tab, setTab] = useState<(typeof tabs)[number]["id"]>("events");
  return (
    <div className="flex min-h-0 flex-col border-zinc-800 bg-zinc-950 lg:border-l">
      <TabList
        label="Inspector"
        tabs={tabs}
        value={tab}
        onChange={setTab}
        variant="underline"
      />
      {tab === "events" ? (
        <EventsPanel />
      ) : (
        <Suspense
          fallback={<p className="p-3 text-xs text-zinc-500">Loading…</p>}
        >
          <RequestPanel />
        </Suspense>
      )}
    </div>
  );
}
