"use client";

import { MessageSquarePlus } from "lucide-react";
import { useEffect } from "react";
import { onDemandModule } from "@/components/ui/on-demand-module";
import { useStickToBottom } from "@/components/ui/use-stick-to-bottom";
import { Button } from "@/components/ui/button";
import { startNewConversation } from "@/lib/run/send-draft";
import { useRunStore } from "@/lib/stores/run-store";
import { ThreadOriginView } from "./thread-origin";

// A turn's views (every output item type) load with the first turn, or earlier when the composer is used.
const turnViews = onDemandModule(() => import("./turn-view"));

/** Starts loading the turn views before the first Send needs them. */
export const preloadTurnView = turnViews.preload;

function EmptyThread() {
  return (
    <div className="m-auto max-w-md text-center text-sm text-zinc-500">
      <p className="text-zinc-300">
        Send a request to see its output items grow here, beside every raw
        event.
      </p>
      <p className="mt-3">
        The local engine understands directives:{" "}
        <code className="text-zinc-300">/markdown</code>,{" "}
        <code className="text-zinc-300">/words 300</code>,{" "}
        <code className="text-zinc-300">/refuse</code>,{" "}
        <code className="text-zinc-300">/fail</code>,{" "}
        <code className="text-zinc-300">/error</code>,{" "}
        <code className="text-zinc-300">/http 429</code>, or name a function
        tool to have it called.
      </p>
    </div>
  );
}

/** The thread: every turn of this conversation, newest last, following the stream while it grows. */
export function OutputPanel() {
  const turnIds = useRunStore((state) =>
    state.turns.map((turn) => turn.id).join(" "),
  );
  const { scroller, content, handlers, pin } =
    useStickToBottom<HTMLDivElement>();
  const hasOrigin = useRunStore((state) => state.origin !== null);
  const ids = turnIds ? turnIds.split(" ") : [];
  const views = turnViews.useModule(ids.length > 0);

  // A new turn always comes into view and is followed from then on.
  useEffect(() => pin(), [turnIds, pin]);

  return (
    <section aria-label="Output" className="flex min-h-0 flex-1 flex-col">
      <div className="flex h-10 shrink-0 items-center gap-2 border-b border-zinc-800 px-3">
        <h2 className="text-xs font-semibold tracking-wider text-zinc-500 uppercase">
          Output
        </h2>
        {ids.length > 0 ? (
          <span className="text-xs text-zinc-500">
            {ids.length} {ids.length === 1 ? "turn" : "turns"}
          </span>
        ) : null}
        <Button
          variant="ghost"
          size="sm"
          className="ml-auto"
          onClick={startNewConversation}
          disabled={ids.length === 0 && !hasOrigin}
        >
          <MessageSquarePlus /> New conversation
        </Button>
      </div>
      <div
        ref={scroller}
        {...handlers}
        className="flex min-h-0 flex-1 flex-col overflow-y-auto"
      >
        <div ref={content} className="flex flex-1 flex-col gap-6 p-4">
          {ids.length === 0 && !hasOrigin ? (
            <EmptyThread />
          ) : (
            <>
              <ThreadOriginView />
              {views &&
                ids.map((id, index) => (
                  <views.TurnView key={id} turnId={id} index={index} />
                ))}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
