"use client";

import { ChevronRight } from "lucide-react";
import { memo } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { HighlightedCode } from "@/components/ui/highlighted-code";
import { clsx } from "clsx";
import type { RunEvent } from "@/lib/protocol";

/** Colours by event family, so the shape of a stream is visible at a glance. */
function typeTone(type: string): string {
  if (type === "error" || type.endsWith(".failed")) return "text-rose-300";
  if (
    type.startsWith("response.output_text") ||
    type.startsWith("response.refusal")
  )
    return "text-zinc-300";
  if (type.includes("function_call") || type.includes("tool"))
    return "text-violet-300";
  if (type.includes("reasoning")) return "text-amber-200";
  if (
    /^response\.(created|in_progress|queued|completed|incomplete)$/.test(type)
  )
    return "text-emerald-300";
  if (
    type.startsWith("response.output_item") ||
    type.startsWith("response.content_part")
  )
    return "text-sky-300";
  return "text-zinc-400";
}

function prettyData(event: RunEvent): string {
  return event.parsed ? JSON.stringify(event.data, null, 2) : event.raw;
}

export const EventRow = memo(function EventRow({
  event,
  gap,
  expanded,
  known,
  onToggle,
}: {
  event: RunEvent;
  gap: number;
  expanded: boolean;
  known: boolean;
  onToggle: (index: number) => void;
}) {
  return (
    <div className="border-b border-zinc-900">
      <button
        type="button"
        aria-expanded={expanded}
        onClick={() => onToggle(event.index)}
        className="grid h-6 w-full grid-cols-[1.25rem_3rem_1fr_4.5rem] items-center gap-1 px-2 text-left font-mono text-[11px] hover:bg-zinc-900 sm:grid-cols-[1.25rem_3rem_1fr_4.5rem_4rem]"
      >
        <ChevronRight
          aria-hidden="true"
          className={clsx(
            "size-3 text-zinc-600 transition-transform",
            expanded && "rotate-90",
          )}
        />
        <span className="text-zinc-500">{event.sequenceNumber ?? "–"}</span>
        <span className={clsx("truncate", typeTone(event.type))}>
          {event.type}
          {known ? null : (
            <span className="ml-1 rounded bg-zinc-800 px-1 text-zinc-400">
              unknown
            </span>
          )}
        </span>
        <span
          className="text-right text-zinc-500"
          title="Since the request started"
        >
          {Math.round(event.receivedAt)} ms
        </span>
        {/* On a phone the event's type needs the room more than the gap. */}
        <span
          className="text-right text-zinc-500 max-sm:hidden"
          title="Since the previous event"
        >
          +{Math.round(gap)}
        </span>
      </button>
      {expanded ? (
        <div className="relative bg-zinc-900/60 px-3 py-2">
          <div className="absolute top-1 right-1">
            <CopyButton
              text={() => prettyData(event)}
              label={`Copy event ${event.sequenceNumber ?? event.index}`}
            />
          </div>
          <HighlightedCode
            code={prettyData(event)}
            language="json"
            className="max-h-80"
          />
        </div>
      ) : null}
    </div>
  );
});
