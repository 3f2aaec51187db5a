"use client";

import { lazy, Suspense } from "react";
import { useShallow } from "zustand/react/shallow";
import { pendingToolCalls } from "@/lib/run/pending-answers";
import { useRunStore } from "@/lib/stores/run-store";

// The answer forms load when a response first leaves calls to answer, not with the page.
const CallAnswer = lazy(() =>
  import("./call-answer").then((module) => ({ default: module.CallAnswer })),
);

/**
 * Answers to the client-run calls of the last response (function, custom tool, local shell, shell, computer
 * and apply_patch calls), sent together with the next turn as their output items, in output order.
 */
export function ToolOutputFields() {
  // Compared item by item, so a streaming turn (no pending calls yet) does not re-render this every frame.
  const calls = useRunStore(
    useShallow((state) => pendingToolCalls(state.turns, state.origin)),
  );
  if (calls.length === 0) return null;
  return (
    <fieldset className="flex max-h-[45vh] flex-col gap-2 overflow-y-auto rounded-md border border-violet-500/30 bg-violet-500/5 p-2">
      <legend className="px-1 text-xs text-violet-300">
        Tool call outputs for the next turn
        {calls.length > 1 ? ` (${calls.length} calls, sent together)` : ""}
      </legend>
      <Suspense fallback={null}>
        {calls.map((call) => (
          <CallAnswer key={call.call_id} call={call} />
        ))}
      </Suspense>
    </fieldset>
  );
}
