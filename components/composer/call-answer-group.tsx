"use client";

import type { ReactNode } from "react";
import type { PendingCall } from "@/lib/run/pending-answers";
import { useRunStore } from "@/lib/stores/run-store";
import { answerFor } from "@/lib/run/pending-answers";
import { describeComputerAction } from "@/components/output/items/computer-views";

/** What the call asks the client to do, in one line: the action, the commands or the patched file. */
export function callSummary(call: PendingCall): string {
  switch (call.type) {
    case "function_call":
      return call.arguments;
    case "custom_tool_call":
      return call.input;
    case "local_shell_call":
      return call.action.command.join(" ");
    case "shell_call":
      return call.action.commands.join("; ");
    case "apply_patch_call":
      return `${call.operation.type} ${call.operation.path}`;
    case "computer_call":
      return [...(call.action ? [call.action] : []), ...(call.actions ?? [])]
        .map(describeComputerAction)
        .join(", ");
  }
}

/** Whether the answer goes with the next turn, so a form left untouched is not mistaken for an answer. */
function AnswerState({ call }: { call: PendingCall }) {
  // One string per state, so the selector's result compares equal between renders.
  const sentAs = useRunStore((state) => {
    const answer = answerFor(call, state);
    if (answer === null) return null;
    return "problem" in answer ? "" : answer.item.type;
  });
  if (sentAs === null)
    return (
      <p className="text-[11px] text-zinc-500">
        Not answered yet: fill in the form to send a{" "}
        <span className="font-mono">{call.type}_output</span>.
      </p>
    );
  if (sentAs === "") return null;
  return (
    <p className="text-[11px] text-emerald-400">
      Sent with the next turn as <span className="font-mono">{sentAs}</span>.
    </p>
  );
}

/**
 * One pending call's answer form: a group named "Output of TYPE SUMMARY", like the text box of a function
 * call is named "Output of NAME ARGUMENTS", so parallel calls of one type stay apart.
 */
export function CallAnswerGroup({
  call,
  children,
}: {
  call: PendingCall;
  children: ReactNode;
}) {
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-zinc-800 bg-zinc-950/60 p-2">
      <legend className="px-1 text-xs text-zinc-400">
        Output of <span className="font-mono text-violet-300">{call.type}</span>{" "}
        <span className="font-mono break-all text-zinc-500">
          {callSummary(call)}
        </span>
      </legend>
      {children}
      <AnswerState call={call} />
    </fieldset>
  );
}
