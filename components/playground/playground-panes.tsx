"use client";

import { clsx } from "clsx";
import { useState, type ReactNode } from "react";
import { TabList } from "@/components/ui/tab-list";

const panes = [
  { id: "settings", label: "Settings" },
  { id: "thread", label: "Thread" },
  { id: "inspector", label: "Inspector" },
] as const;

type PaneId = (typeof panes)[number]["id"];

/**
 * The playground's three columns side by side on a wide window; on a narrower one (a phone, or a window beside an
 * editor) one column at a time under a row of tabs. Every column stays mounted, so a run streams on and the draft
 * stays while another is shown.
 */
export function PlaygroundPanes(columns: Record<PaneId, ReactNode>) {
  const [shown, setShown] = useState<PaneId>("thread");
  return (
    <main className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)] grid-rows-[auto_minmax(0,1fr)] lg:grid-cols-[300px_minmax(0,1fr)_minmax(340px,34%)] lg:grid-rows-[minmax(0,1fr)]">
      {/* The columns have their own headings; the page's name is for screen readers and the outline, and takes no cell. */}
      <h1 className="sr-only">Playground</h1>
      <div className="lg:hidden">
        <TabList
          label="Playground columns"
          tabs={panes}
          value={shown}
          onChange={setShown}
          variant="underline"
        />
      </div>
      {panes.map(({ id }) => (
        // On a wide window the wrapper is `contents`, so each column is the grid's own cell.
        <div
          key={id}
          className={clsx(
            "min-h-0 grid-cols-[minmax(0,1fr)] grid-rows-[minmax(0,1fr)] lg:contents",
            id === shown ? "grid" : "hidden",
          )}
        >
          {columns[id]}
        </div>
      ))}
    </main>
  );
}
