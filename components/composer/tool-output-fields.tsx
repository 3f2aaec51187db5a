"use client";

import { useMemo } from "react";
import { Textarea } from "@/components/ui/form-controls";
import { pendingToolCalls, type PendingCall } from "@/lib/run/pending-answers";
import { useRunActions, useRunStore } from "@/lib/stores/run-store";

/** What the call asked for: a function call's JSON arguments, a custom tool call's free-form input. */
function callRequest(call: PendingCall): string {
  return call.type === "function_call" ? call.arguments : call.input;
}

/**
 * Answers to the function and custom tool calls of the last response, sent together with the next turn as
 * function_call_output and custom_tool_call_output items.
 */
export function ToolOutputFields() {
  const turns = useRunStore((state) => state.turns);
  const outputs = useRunStore((state) => state.toolOutputs);
  const { setToolOutput } = useRunActions();
  const calls = useMemo(() => pendingToolCalls(turns), [turns]);
  if (calls.length === 0) return null;
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-violet-500/30 bg-violet-500/5 p-2">
      <legend className="px-1 text-xs text-violet-300">
        Tool call outputs for the next turn
        {calls.length > 1 ? ` (${calls.length} calls, sent together)` : ""}
      </legend>
      {calls.map((call) => (
        <label
          key={call.call_id}
          className="flex flex-col gap-1 text-xs text-zinc-400"
        >
          <span>
            Output of{" "}
            <span className="font-mono text-violet-300">{call.name}</span>{" "}
            {call.type === "custom_tool_call" ? (
              <span className="text-zinc-500">(custom tool) </span>
            ) : null}
            <span className="font-mono break-all text-zinc-500">
              {callRequest(call)}
            </span>
          </span>
          <Textarea
            rows={2}
            placeholder={
              call.type === "function_call"
                ? '{"temperature_c": 21}'
                : "Result text"
            }
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
