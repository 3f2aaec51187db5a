"use client";

import { isRecord } from "@/lib/protocol/json";

/** What an answer carried, in a line or a block: text as it is, a screenshot as an image, shell results per command. */
function SentOutputBody({ item }: { item: Record<string, unknown> }) {
  const { output } = item;
  if (typeof output === "string")
    return <pre className="mt-1 whitespace-pre-wrap">{output}</pre>;
  if (isRecord(output) && typeof output.image_url === "string")
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a data URL or any host; next/image would need both configured.
      <img
        src={output.image_url}
        alt="Sent screenshot"
        className="mt-1 max-h-24 rounded border border-zinc-800"
      />
    );
  if (item.type === "shell_call_output" && Array.isArray(output))
    return (
      <ol className="mt-1 flex flex-col gap-1">
        {output.filter(isRecord).map((result, index) => (
          <li key={index} className="whitespace-pre-wrap">
            <span className="text-zinc-500">
              {isRecord(result.outcome) && result.outcome.type === "exit"
                ? `exit ${String(result.outcome.exit_code)}`
                : "timeout"}
            </span>{" "}
            {typeof result.stdout === "string" ? result.stdout : ""}
            {typeof result.stderr === "string" && result.stderr !== "" ? (
              <span className="text-rose-300">{result.stderr}</span>
            ) : null}
          </li>
        ))}
      </ol>
    );
  if (output === undefined || output === null) return null;
  return (
    <pre className="mt-1 whitespace-pre-wrap">{JSON.stringify(output)}</pre>
  );
}

/** A tool call's answer as the thread shows it: the output type, the call it answers, and what it carried. */
export function SentOutput({ item }: { item: Record<string, unknown> }) {
  // A local_shell_call_output names its call by `id`; every other output by `call_id`.
  const callId = item.call_id ?? item.id;
  return (
    <div className="max-w-[85%] rounded-lg border border-violet-500/30 bg-violet-500/5 px-3 py-2 font-mono text-xs text-zinc-200">
      <span className="mr-2 text-violet-300">{String(item.type)}</span>
      {typeof item.status === "string" ? <span>{item.status}</span> : null}
      <span className="block break-all text-zinc-500">{String(callId)}</span>
      <SentOutputBody item={item} />
      {Array.isArray(item.acknowledged_safety_checks) ? (
        <p className="mt-1 text-amber-300">
          acknowledged{" "}
          {item.acknowledged_safety_checks
            .filter(isRecord)
            .map((check) => String(check.code ?? check.id))
            .join(", ")}
        </p>
      ) : null}
    </div>
  );
}
