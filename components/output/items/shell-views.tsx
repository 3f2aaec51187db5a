"use client";

import { HighlightedCode } from "@/components/ui/highlighted-code";
import type { ItemOf } from "./item-of";
import { CallLine, Field, Note, TextBlock } from "./item-parts";

/** Quotes an argv word for display the way a POSIX shell would need it. */
function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word)
    ? word
    : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** A local shell call: the argv to run, with its working directory, user, timeout and environment. */
export function LocalShellCallView({
  item,
}: {
  item: ItemOf<"local_shell_call">;
}) {
  const { action } = item;
  const env = Object.entries(action.env);
  return (
    <div className="flex flex-col gap-1.5">
      <CallLine callId={item.call_id} />
      <HighlightedCode
        code={action.command.map(shellQuote).join(" ")}
        language="shellscript"
      />
      {action.working_directory ? (
        <Field label="In">
          <span className="font-mono">{action.working_directory}</span>
        </Field>
      ) : null}
      {action.user ? <Field label="As user">{action.user}</Field> : null}
      {typeof action.timeout_ms === "number" ? (
        <Field label="Timeout">{action.timeout_ms} ms</Field>
      ) : null}
      {env.length > 0 ? (
        <Field label="Environment">
          <span className="font-mono">
            {env.map(([key, value]) => `${key}=${value}`).join(" ")}
          </span>
        </Field>
      ) : null}
    </div>
  );
}

export function LocalShellOutputView({
  item,
}: {
  item: ItemOf<"local_shell_call_output">;
}) {
  return <TextBlock label="Output" text={item.output} />;
}

/** A shell call: each command as it streams in, with the limits the model set. */
export function ShellCallView({
  item,
  done,
}: {
  item: ItemOf<"shell_call">;
  done: boolean;
}) {
  const { action } = item;
  const commands = action.commands;
  return (
    <div className="flex flex-col gap-1.5">
      <CallLine callId={item.call_id} />
      {commands.length > 0 ? (
        <HighlightedCode code={commands.join("\n")} language="shellscript" />
      ) : (
        <Note>{done ? "(no commands)" : "…"}</Note>
      )}
      {typeof action.timeout_ms === "number" ? (
        <Field label="Timeout">{action.timeout_ms} ms</Field>
      ) : null}
      {typeof action.max_output_length === "number" ? (
        <Field label="Max output">{action.max_output_length} characters</Field>
      ) : null}
      {item.environment ? (
        <Field label="Environment">
          <span className="font-mono">
            {item.environment.type === "container_reference"
              ? item.environment.container_id
              : item.environment.type}
          </span>
        </Field>
      ) : null}
    </div>
  );
}

type ShellOutput = ItemOf<"shell_call_output">["output"][number];

function outcomeText(outcome: ShellOutput["outcome"]): string {
  return outcome.type === "exit" ? `exit ${outcome.exit_code}` : "timed out";
}

/** A shell call's output: stdout, stderr and how each command ended, as they stream in. */
export function ShellOutputView({
  item,
}: {
  item: ItemOf<"shell_call_output">;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <CallLine callId={item.call_id} />
      {item.output.map((output, index) => (
        <section
          key={index}
          aria-label={`Command ${index + 1} output`}
          className="flex flex-col gap-1"
        >
          <span className="text-[11px] text-zinc-500">
            Command {index + 1} · {outcomeText(output.outcome)}
          </span>
          {output.stdout ? (
            <TextBlock label="stdout" text={output.stdout} />
          ) : null}
          {output.stderr ? (
            <TextBlock label="stderr" tone="error" text={output.stderr} />
          ) : null}
        </section>
      ))}
      {item.output.length === 0 ? <Note>No output yet.</Note> : null}
    </div>
  );
}
