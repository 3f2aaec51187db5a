"use client";

import { Textarea } from "@/components/ui/form-controls";
import type { PendingCall } from "@/lib/run/pending-answers";
import { useRunActions, useRunStore } from "@/lib/stores/run-store";
import { ApplyPatchAnswerForm } from "./apply-patch-answer-form";
import { callSummary } from "./call-answer-group";
import { ComputerAnswerForm } from "./computer-answer-form";
import { LocalShellAnswerForm, ShellAnswerForm } from "./shell-answer-forms";

/** The text box answering a function or custom tool call, named "Output of NAME ARGUMENTS". */
function TextAnswer({
  call,
}: {
  call: Extract<PendingCall, { type: "function_call" | "custom_tool_call" }>;
}) {
  const output = useRunStore((state) => state.toolOutputs[call.call_id] ?? "");
  const { setToolOutput } = useRunActions();
  return (
    <label className="flex flex-col gap-1 text-xs text-zinc-400">
      <span>
        Output of <span className="font-mono text-violet-300">{call.name}</span>{" "}
        {call.type === "custom_tool_call" ? (
          <span className="text-zinc-500">(custom tool) </span>
        ) : null}
        <span className="font-mono break-all text-zinc-500">
          {callSummary(call)}
        </span>
      </span>
      <Textarea
        rows={2}
        placeholder={
          call.type === "function_call"
            ? '{"temperature_c": 21}'
            : "Result text"
        }
        value={output}
        onChange={(event) => setToolOutput(call.call_id, event.target.value)}
      />
    </label>
  );
}

/** The form answering one pending call, by its type. */
export function CallAnswer({ call }: { call: PendingCall }) {
  switch (call.type) {
    case "function_call":
    case "custom_tool_call":
      return <TextAnswer call={call} />;
    case "local_shell_call":
      return <LocalShellAnswerForm call={call} />;
    case "shell_call":
      return <ShellAnswerForm call={call} />;
    case "computer_call":
      return <ComputerAnswerForm call={call} />;
    case "apply_patch_call":
      return <ApplyPatchAnswerForm call={call} />;
  }
}
