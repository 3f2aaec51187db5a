"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { startNewConversation } from "@/lib/run/send-draft";
import { useRunStore } from "@/lib/stores/run-store";

/** Says where the next Send continues from (a stored response, a fork, a compacted window), until the thread starts. */
export function ThreadOriginBanner() {
  const origin = useRunStore((state) =>
    state.turns.length === 0 ? state.origin : null,
  );
  if (!origin) return null;
  return (
    <div
      role="status"
      aria-label="Thread origin"
      className="flex items-start gap-2 rounded-md border border-sky-500/30 bg-sky-500/5 px-3 py-1.5 text-xs text-sky-100"
    >
      <div className="flex min-w-0 flex-col gap-0.5">
        <p className="font-mono break-all">{origin.label}</p>
        {origin.notes.map((note) => (
          <p key={note} className="text-amber-200">
            {note}
          </p>
        ))}
      </div>
      <Button
        variant="ghost"
        size="icon"
        className="ml-auto shrink-0"
        aria-label="Start a new thread instead"
        onClick={startNewConversation}
      >
        <X />
      </Button>
    </div>
  );
}
