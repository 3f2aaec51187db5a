import { AlertTriangle } from "lucide-react";
import type { RunTree } from "@/lib/protocol";
import type { Turn } from "@/lib/stores/run-store";

/** Says in words why a run did not complete: an HTTP failure, an error event, a failed or cut-short response. */
function outcomeMessage(turn: Turn): {
  tone: "error" | "warning";
  title: string;
  detail: string;
  /** The request field the upstream blames, as its error's `param` names it. */
  param?: string | null;
} | null {
  const { failure, tree } = turn;
  if (failure) {
    const status =
      failure.status === null ? "The request failed" : `HTTP ${failure.status}`;
    return {
      tone: "error",
      title: `${status}${failure.code ? ` · ${failure.code}` : ""}`,
      detail: failure.message,
      param: failure.param,
    };
  }
  if (tree.error) {
    const source =
      tree.error.source === "error_event"
        ? "The stream sent an error"
        : "The response failed";
    return {
      tone: "error",
      title: `${source}${tree.error.code ? ` · ${tree.error.code}` : ""}`,
      detail: tree.error.message,
    };
  }
  if (tree.incompleteDetails) {
    const reason = tree.incompleteDetails.reason ?? "unknown";
    return {
      tone: "warning",
      title: "Incomplete",
      detail:
        reason === "max_output_tokens"
          ? "The output stopped at max_output_tokens; raise the limit for the whole answer."
          : `The response stopped early (${reason}).`,
    };
  }
  if (turn.phase === "stopped") {
    return {
      tone: "warning",
      title: "Stopped",
      detail: "You stopped this run; what arrived before that is shown.",
    };
  }
  if (turn.phase === "cancelled") {
    return {
      tone: "warning",
      title: "Cancelled",
      detail:
        "The background response was cancelled; what it made before that is shown.",
    };
  }
  if (turn.phase === "done" && !tree.terminal && tree.eventCount > 0) {
    return {
      tone: "warning",
      title: "Stream ended early",
      detail: "The stream closed before a terminal event arrived.",
    };
  }
  return null;
}

export function RunOutcome({ turn }: { turn: Turn }) {
  const outcome = outcomeMessage(turn);
  if (!outcome) return null;
  const tone =
    outcome.tone === "error"
      ? "border-rose-500/40 bg-rose-500/10 text-rose-200"
      : "border-amber-500/40 bg-amber-500/10 text-amber-200";
  return (
    <div
      role="alert"
      className={`flex gap-2 rounded-md border px-3 py-2 text-sm ${tone}`}
    >
      <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div>
        <p className="font-medium">{outcome.title}</p>
        <p className="text-[13px] opacity-90">{outcome.detail}</p>
        {outcome.param ? (
          <p className="mt-0.5 text-xs opacity-75">
            param <code className="font-mono break-all">{outcome.param}</code>
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function ViolationList({ tree }: { tree: RunTree }) {
  if (tree.violations.length === 0) return null;
  return (
    <details className="rounded-md border border-amber-500/30 bg-amber-500/5 px-3 py-2 text-xs text-amber-200">
      <summary className="cursor-pointer">
        {tree.violations.length} protocol{" "}
        {tree.violations.length === 1 ? "violation" : "violations"} in this
        stream
      </summary>
      <ul className="mt-2 flex flex-col gap-1 font-mono">
        {tree.violations.map((violation, index) => (
          <li key={index}>
            #{violation.sequenceNumber ?? violation.eventIndex} {violation.code}
            : {violation.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
