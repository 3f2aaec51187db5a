"use client";

import { useRef, useState, type ClipboardEvent } from "react";
import { ImageUp } from "lucide-react";
import type { ResponseComputerToolCall } from "openai/resources/responses/responses";
import { Button } from "@/components/ui/button";
import { Checkbox, Input } from "@/components/ui/form-controls";
import { readDataUrl } from "@/lib/run/attachment-files";
import { screenshotProblem, type ComputerAnswer } from "@/lib/run/call-answers";
import { MAX_INLINE_BYTES, formatBytes } from "@/lib/request/draft-attachments";
import { useRunActions, useRunStore } from "@/lib/stores/run-store";
import { CallAnswerGroup } from "./call-answer-group";
import { FieldProblem, ProblemUnder, problemProps } from "./field-problem";
import { Field } from "./fields";

/** Reads a picked or pasted image as a data URL, or says why it cannot be the screenshot. */
async function screenshotDataUrl(file: File): Promise<string | Error> {
  if (!file.type.startsWith("image/"))
    return new Error(`${file.name || "The file"} is not an image.`);
  if (file.size > MAX_INLINE_BYTES)
    return new Error(
      `${file.name || "The image"} is ${formatBytes(file.size)}; a screenshot sent inline may be at most ${formatBytes(MAX_INLINE_BYTES)}.`,
    );
  try {
    return await readDataUrl(file);
  } catch {
    return new Error(`${file.name || "The image"} could not be read.`);
  }
}

/** The screenshot of a computer call, by URL, upload or paste, and the safety checks it acknowledges. */
export function ComputerAnswerForm({
  call,
}: {
  call: ResponseComputerToolCall;
}) {
  const stored = useRunStore((state) => state.callAnswers[call.call_id]);
  const answer: ComputerAnswer =
    stored?.type === "computer_call_output"
      ? stored
      : { type: "computer_call_output", imageUrl: "", acknowledged: [] };
  const { setCallAnswer } = useRunActions();
  const update = (change: Partial<ComputerAnswer>) =>
    setCallAnswer(call.call_id, { ...answer, ...change });
  const [fileError, setFileError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const takeFile = async (file: File) => {
    const read = await screenshotDataUrl(file);
    setFileError(read instanceof Error ? read.message : null);
    if (typeof read === "string") update({ imageUrl: read });
  };
  // A pasted image becomes the screenshot here instead of an attachment of the message.
  const onPaste = (event: ClipboardEvent) => {
    const file = [...event.clipboardData.files][0];
    if (!file) return;
    event.preventDefault();
    event.stopPropagation();
    void takeFile(file);
  };
  const problem =
    stored === undefined ? null : screenshotProblem(answer.imageUrl);
  const unacknowledged = call.pending_safety_checks.filter(
    (check) => !answer.acknowledged.includes(check.id),
  );
  return (
    <CallAnswerGroup call={call}>
      <Field label="Screenshot URL" hint="an image URL, or upload or paste one">
        {(id, hintId) => (
          <>
            <div className="flex items-center gap-2">
              <Input
                id={id}
                className="font-mono text-xs"
                spellCheck={false}
                placeholder="https://…/screen.png or data:image/png;base64,…"
                value={answer.imageUrl}
                {...problemProps(id, problem, hintId)}
                onPaste={onPaste}
                onChange={(event) => update({ imageUrl: event.target.value })}
              />
              <input
                ref={picker}
                type="file"
                accept="image/*"
                className="hidden"
                aria-hidden
                tabIndex={-1}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = "";
                  if (file) void takeFile(file);
                }}
              />
              <Button size="sm" onClick={() => picker.current?.click()}>
                <ImageUp /> Upload screenshot
              </Button>
            </div>
            <ProblemUnder controlId={id} problem={problem} />
          </>
        )}
      </Field>
      {fileError ? <FieldProblem>{fileError}</FieldProblem> : null}
      {problem === null && answer.imageUrl.trim() !== "" ? (
        // eslint-disable-next-line @next/next/no-img-element -- a data URL or any host; next/image would need both configured.
        <img
          src={answer.imageUrl.trim()}
          alt="Screenshot preview"
          className="max-h-32 w-fit rounded border border-zinc-800"
        />
      ) : null}
      {call.pending_safety_checks.map((check) => (
        <label
          key={check.id}
          className="flex items-start gap-2 text-xs text-amber-200"
        >
          <Checkbox
            className="mt-0.5"
            checked={answer.acknowledged.includes(check.id)}
            onChange={(event) =>
              update({
                acknowledged: event.target.checked
                  ? [...answer.acknowledged, check.id]
                  : answer.acknowledged.filter((id) => id !== check.id),
              })
            }
          />
          <span>
            Acknowledge{" "}
            <span className="font-mono text-amber-300">
              {check.code ?? check.id}
            </span>
            {check.message ? `: ${check.message}` : null}
          </span>
        </label>
      ))}
      {stored !== undefined && unacknowledged.length > 0 ? (
        <p className="text-[11px] text-amber-300">
          The API continues only once every pending safety check is
          acknowledged.
        </p>
      ) : null}
    </CallAnswerGroup>
  );
}
