"use client";

import { useEffect } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { clsx } from "clsx";
import { isTurnActive } from "@/lib/run/send-draft";
import { useRunActions, useRunStore } from "@/lib/stores/run-store";
import {
  asksForJson,
  ItemUpstreamContext,
  JsonTextContext,
} from "./item-context";
import { preloadMarkdownText } from "./lazy-markdown-text";
import { OutputItem } from "./output-item";
import { RunOutcome, ViolationList } from "./run-outcome";
import { StatusBadge } from "./status-badge";
import { UsageLine } from "./usage-line";
import { UserItem } from "./user-item";

/** What this turn added to the thread: messages, tool call outputs, approval decisions and any other item. */
function UserMessages({
  items,
  label,
}: {
  items: Record<string, unknown>[];
  label: string;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className="flex flex-col items-end gap-1.5"
    >
      {items.map((item, index) => (
        <UserItem key={index} item={item} />
      ))}
    </div>
  );
}

/** One turn of the thread: what was sent, then the response as its tree grows. */
export function TurnView({ turnId, index }: { turnId: string; index: number }) {
  const turn = useRunStore((state) => state.turns.find((t) => t.id === turnId));
  const selected = useRunStore((state) => state.selectedTurnId === turnId);
  const { selectTurn } = useRunActions();
  // The renderer starts loading with the turn, so it is usually there before the first text.
  useEffect(preloadMarkdownText, []);
  if (!turn) return null;
  const { tree } = turn;
  const streaming = isTurnActive(turn);
  const status =
    turn.phase === "stopped" || turn.phase === "cancelled"
      ? turn.phase
      : turn.failure
        ? "failed"
        : tree.status === "idle" || !tree.status
          ? turn.phase
          : tree.status;
  return (
    <div className="flex flex-col gap-3">
      <UserMessages
        items={turn.newInput}
        label={`Sent with response ${index + 1}`}
      />
      <section
        aria-label={`Response ${index + 1}`}
        aria-busy={streaming}
        onClick={() => selectTurn(turnId)}
        className={clsx(
          "flex flex-col gap-2 rounded-xl border p-3 transition-colors",
          selected ? "border-zinc-700 bg-zinc-900/30" : "border-zinc-800/60",
        )}
      >
        <header className="flex flex-wrap items-center gap-2 text-xs">
          <StatusBadge status={status} />
          <span className="font-mono text-zinc-400">
            {tree.response?.model ?? turn.request.model ?? ""}
          </span>
          {tree.responseId ? (
            <span className="flex items-center gap-0.5 font-mono text-[11px] text-zinc-500">
              {tree.responseId}
              <CopyButton text={tree.responseId} label="Copy response id" />
            </span>
          ) : null}
          {turn.timings.total !== null ? (
            <span className="ml-auto font-mono text-[11px] text-zinc-500">
              {turn.timings.total} ms
            </span>
          ) : null}
        </header>
        <ItemUpstreamContext.Provider value={turn.upstream}>
          <JsonTextContext.Provider
            value={asksForJson(
              tree.response?.text?.format ?? turn.request.text?.format,
            )}
          >
            {tree.output.map((node, position) => (
              <OutputItem key={position} node={node} streaming={streaming} />
            ))}
          </JsonTextContext.Provider>
        </ItemUpstreamContext.Provider>
        {streaming && tree.output.length === 0 ? (
          <p className="text-sm text-zinc-500">Waiting for output…</p>
        ) : null}
        <RunOutcome turn={turn} />
        <ViolationList tree={tree} />
        <UsageLine usage={tree.usage} />
      </section>
    </div>
  );
}
