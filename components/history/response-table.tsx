"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import Link from "next/link";
import { useRef } from "react";
import { StatusBadge } from "@/components/output/status-badge";
import type { ResponseHistoryEntry } from "@/lib/history/history-db";
import { storedObjectHref } from "@/lib/history/stored-object-href";

const rowHeight = 64;
// A narrow window keeps the response and its status; model, upstream and time come back from md up.
const columns =
  "grid grid-cols-[minmax(0,1fr)_6.5rem] items-center gap-3 px-4 md:grid-cols-[minmax(0,1fr)_6.5rem_10rem_7rem_8.5rem]";
const wideOnly = "max-md:hidden";

const timeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
});

function ResponseRow({
  entry,
  upstreamLabel,
}: {
  entry: ResponseHistoryEntry;
  upstreamLabel: string;
}) {
  return (
    <>
      <div role="cell" className="min-w-0">
        <div className="flex items-center gap-2">
          <Link
            href={storedObjectHref("/responses", entry.upstream, entry.id)}
            className={
              entry.deleted
                ? "truncate font-mono text-xs text-zinc-500 line-through"
                : "truncate font-mono text-xs text-sky-300 hover:underline"
            }
          >
            {entry.id}
          </Link>
          {entry.deleted && (
            <span className="rounded bg-zinc-800 px-1.5 text-[11px] text-zinc-400">
              deleted
            </span>
          )}
        </div>
        {[entry.inputPreview, entry.outputPreview]
          .filter((preview) => preview !== "")
          .map((preview, index) => (
            <p
              key={index}
              className={
                index === 0
                  ? "truncate text-sm text-zinc-200"
                  : "truncate text-xs text-zinc-500"
              }
            >
              {preview}
            </p>
          ))}
      </div>
      <div role="cell">
        <StatusBadge status={entry.status} />
      </div>
      <div
        role="cell"
        className={`truncate font-mono text-xs text-zinc-300 ${wideOnly}`}
      >
        {entry.model}
      </div>
      <div role="cell" className={`truncate text-xs text-zinc-400 ${wideOnly}`}>
        {upstreamLabel}
      </div>
      <div role="cell" className={`text-xs text-zinc-400 ${wideOnly}`}>
        <time dateTime={new Date(entry.createdAt).toISOString()}>
          {timeFormat.format(entry.createdAt)}
        </time>
      </div>
    </>
  );
}

/** The history as a table whose rows are virtualized, so thousands of entries stay fast. */
export function ResponseTable({
  entries,
  upstreamLabel,
}: {
  entries: readonly ResponseHistoryEntry[];
  upstreamLabel: (id: string) => string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // The React Compiler leaves this component unmemoized, as TanStack Virtual's mutable virtualizer needs.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });

  return (
    <div
      role="table"
      aria-label="Responses"
      aria-rowcount={entries.length + 1}
      className="flex min-h-0 flex-1 flex-col rounded-lg border border-zinc-800"
    >
      <div role="rowgroup" className="border-b border-zinc-800 bg-zinc-900/60">
        <div
          role="row"
          aria-rowindex={1}
          className={`${columns} h-8 text-xs font-medium text-zinc-400`}
        >
          {["Response", "Status", "Model", "Upstream", "Created"].map(
            (name, index) => (
              <div
                key={name}
                role="columnheader"
                className={index > 1 ? wideOnly : undefined}
              >
                {name}
              </div>
            ),
          )}
        </div>
      </div>
      <div
        ref={scroller}
        role="rowgroup"
        className="min-h-0 flex-1 overflow-y-auto"
      >
        <div
          className="relative w-full"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((row) => {
            const entry = entries[row.index];
            if (!entry) return null;
            return (
              <div
                key={`${entry.upstream}/${entry.id}`}
                role="row"
                aria-rowindex={row.index + 2}
                className={`${columns} absolute inset-x-0 border-b border-zinc-800/70 hover:bg-zinc-900/50`}
                style={{ height: rowHeight, top: row.start }}
              >
                <ResponseRow
                  entry={entry}
                  upstreamLabel={upstreamLabel(entry.upstream)}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
