"use client";

import { useMemo } from "react";
import { Textarea } from "@/components/ui/form-controls";
import { pendingToolCalls } from "@/lib/run/next-request";
import { useRunActions, useRunStore } from "@/lib/stores/run-store";

/** Answers to the function calls of the last response, sent as function_call_output items with the next turn. */
export function ToolOutputFields() {
  const turns = useRunStore((state) => state.turns);
  const outputs = useRunStore((state) => state.toolOutputs);
  const { setToolOutput } = useRunActions();
  const calls = useMemo(() => pendingToolCalls(turns), [turns]);
  if (calls.length === 0) return null;
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-violet-500/30 bg-violet-500/5 p-2">
      <legend className="px-1 text-xs text-violet-300">
        Function call outputs for the next turn
      </legend>
      {calls.map((call) => (
        <label
          key={call.call_id}
          className="flex flex-col gap-1 text-xs text-zinc-400"
        >
          <span>
            Output of{" "}
            <span className="font-mono text-violet-300">{call.name}</span>{" "}
            <span className="font-mono text-zinc-500">{call.arguments}</span>
          </span>
          <Textarea
            rows={2}
            placeholder='{"temperature_c": 21}'
            value={outputs[call.call_id] ?? ""}
            onChange={(event) =>
              setToolOutput(call.call_id, event.target.value)
            }
          />
        </label>
      ))}
    </fieldset>
  );
}
