"use client";

import type {
  ResponseFunctionShellToolCall,
  ResponseOutputItem,
} from "openai/resources/responses/responses";
import {
  exitCodeProblem,
  startingShellAnswer,
  type ShellCommandAnswer,
} from "@/lib/run/call-answers";
import { useRunActions, useRunStore } from "@/lib/stores/run-store";
import { CallAnswerGroup } from "./call-answer-group";
import { SelectField, TextAreaField, TextField } from "./fields";

const OUTCOMES = [
  { value: "exit", label: "exited" },
  { value: "timeout", label: "timed out" },
] as const;

/** The result of one command of a shell call: its streams and how it ended. */
function CommandFields({
  index,
  command,
  result,
  onChange,
}: {
  index: number;
  command: string;
  result: ShellCommandAnswer;
  onChange: (change: Partial<ShellCommandAnswer>) => void;
}) {
  return (
    <fieldset className="flex flex-col gap-1.5 rounded border border-zinc-800/70 p-2">
      <legend className="px-1 text-[11px] text-zinc-400">
        Command {index + 1}{" "}
        <span className="font-mono text-zinc-300">{command}</span>
      </legend>
      <div className="grid grid-cols-2 gap-2">
        <TextAreaField
          label="stdout"
          rows={2}
          value={result.stdout}
          onChange={(stdout) => onChange({ stdout })}
        />
        <TextAreaField
          label="stderr"
          rows={2}
          value={result.stderr}
          onChange={(stderr) => onChange({ stderr })}
        />
        <SelectField
          label="Outcome"
          value={result.outcome}
          options={OUTCOMES}
          onChange={(outcome) => onChange({ outcome })}
        />
        {result.outcome === "exit" ? (
          <TextField
            label="Exit code"
            mono
            value={result.exitCode}
            problem={exitCodeProblem(result.exitCode)}
            onChange={(exitCode) => onChange({ exitCode })}
          />
        ) : null}
      </div>
    </fieldset>
  );
}

/** A shell call's answer: stdout, stderr and the exit code or timeout of each of its commands. */
export function ShellAnswerForm({
  call,
}: {
  call: ResponseFunctionShellToolCall;
}) {
  const stored = useRunStore((state) => state.callAnswers[call.call_id]);
  const answer =
    stored?.type === "shell_call_output" ? stored : startingShellAnswer(call);
  const { setCallAnswer } = useRunActions();
  const limit = call.action.max_output_length;
  return (
    <CallAnswerGroup call={call}>
      {call.action.commands.map((command, index) => {
        const result = answer.commands[index];
        if (!result) return null;
        return (
          <CommandFields
            key={index}
            index={index}
            command={command}
            result={result}
            onChange={(change) =>
              setCallAnswer(call.call_id, {
                ...answer,
                commands: answer.commands.map((each, at) =>
                  at === index ? { ...each, ...change } : each,
                ),
              })
            }
          />
        );
      })}
      {typeof limit === "number" ? (
        <p className="text-[11px] text-zinc-500">
          The call&apos;s max_output_length ({limit}) is sent back with the
          output.
        </p>
      ) : null}
    </CallAnswerGroup>
  );
}

/** A local shell call's answer: the text (the API asks for JSON) its command printed. */
export function LocalShellAnswerForm({
  call,
}: {
  call: ResponseOutputItem.LocalShellCall;
}) {
  const output = useRunStore((state) => state.toolOutputs[call.call_id] ?? "");
  const { setToolOutput } = useRunActions();
  return (
    <CallAnswerGroup call={call}>
      <TextAreaField
        label="Output"
        rows={2}
        placeholder='{"stdout": "…", "stderr": "", "exit_code": 0}'
        value={output}
        onChange={(text) => setToolOutput(call.call_id, text)}
      />
    </CallAnswerGroup>
  );
}
