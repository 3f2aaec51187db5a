"use client";

import { clsx } from "clsx";
import type { ItemOf } from "./item-of";
import { CallLine, TextBlock } from "./item-parts";

const operationWords = {
  create_file: "Create",
  update_file: "Update",
  delete_file: "Delete",
} as const;

function lineTone(line: string): string {
  if (line.startsWith("@@")) return "text-sky-300";
  if (line.startsWith("+")) return "bg-emerald-500/10 text-emerald-300";
  if (line.startsWith("-")) return "bg-rose-500/10 text-rose-300";
  return "text-zinc-400";
}

/** A diff, line by line: additions green, removals red, hunk headers blue. */
function DiffView({ diff, label }: { diff: string; label: string }) {
  const lines = diff.endsWith("\n")
    ? diff.slice(0, -1).split("\n")
    : diff.split("\n");
  return (
    <pre
      aria-label={label}
      className="max-h-96 overflow-auto rounded-md border border-zinc-800 bg-zinc-950/60 py-1 font-mono text-xs"
    >
      {lines.map((line, index) => (
        <span
          key={index}
          className={clsx("block px-2 whitespace-pre-wrap", lineTone(line))}
        >
          {line === "" ? " " : line}
        </span>
      ))}
    </pre>
  );
}

/** An apply_patch call: the file operation and its diff. */
export function ApplyPatchCallView({
  item,
}: {
  item: ItemOf<"apply_patch_call">;
}) {
  const { operation } = item;
  return (
    <div className="flex flex-col gap-1.5">
      <CallLine callId={item.call_id} />
      <p className="text-xs text-zinc-300">
        {operationWords[operation.type]}{" "}
        <span className="font-mono text-violet-300">{operation.path}</span>
      </p>
      {operation.type !== "delete_file" ? (
        <DiffView diff={operation.diff} label={`Diff of ${operation.path}`} />
      ) : null}
    </div>
  );
}

export function ApplyPatchOutputView({
  item,
}: {
  item: ItemOf<"apply_patch_call_output">;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <CallLine callId={item.call_id} />
      {item.output ? (
        <TextBlock
          label="Output"
          tone={item.status === "failed" ? "error" : "plain"}
          text={item.output}
        />
      ) : null}
    </div>
  );
}
