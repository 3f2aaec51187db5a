"use client";

import type { ResponseApplyPatchToolCall } from "openai/resources/responses/responses";
import {
  applyPatchProblem,
  type ApplyPatchAnswer,
} from "@/lib/run/call-answers";
import { useRunActions, useRunStore } from "@/lib/stores/run-store";
import { CallAnswerGroup } from "./call-answer-group";
import { FieldProblem } from "./field-problem";
import { OptionalSelectField, TextAreaField } from "./fields";

const STATUSES = ["completed", "failed"] as const;

/** An apply_patch call's answer: whether the patch applied, and the tool's log if there is one. */
export function ApplyPatchAnswerForm({
  call,
}: {
  call: ResponseApplyPatchToolCall;
}) {
  const stored = useRunStore((state) => state.callAnswers[call.call_id]);
  const answer: ApplyPatchAnswer =
    stored?.type === "apply_patch_call_output"
      ? stored
      : { type: "apply_patch_call_output", status: null, output: "" };
  const { setCallAnswer } = useRunActions();
  const problem = applyPatchProblem(answer);
  const update = (change: Partial<ApplyPatchAnswer>) =>
    setCallAnswer(call.call_id, { ...answer, ...change });
  return (
    <CallAnswerGroup call={call}>
      <OptionalSelectField
        label="Status"
        value={answer.status}
        values={STATUSES}
        onChange={(status) => update({ status })}
      />
      {problem ? <FieldProblem>{problem}</FieldProblem> : null}
      <TextAreaField
        label="Output (optional)"
        rows={2}
        placeholder="Patch applied to README.md"
        value={answer.output}
        onChange={(output) => update({ output })}
      />
    </CallAnswerGroup>
  );
}
