"use client";

import Link from "next/link";
import type { Conversation } from "openai/resources/conversations/conversations";
import { useMemo } from "react";
import type { ConversationHistoryEntry } from "@/lib/history/history-db";
import { mergeConversations } from "@/lib/history/merge-history";
import { useConversationHistory } from "@/lib/history/use-history";
import { storedObjectHref } from "@/lib/history/stored-object-href";
import { EngineListError, LoadOlderButton } from "./engine-list-status";
import { useEngineList } from "./use-engine-list";
import { useUpstreams } from "./use-upstreams";

const timeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
});

function ConversationRow({
  entry,
  upstreamLabel,
}: {
  entry: ConversationHistoryEntry;
  upstreamLabel: string;
}) {
  return (
    <li className="flex flex-col gap-0.5 border-b border-zinc-800/70 px-3 py-2 last:border-b-0">
      <div className="flex items-center gap-2">
        <Link
          href={storedObjectHref("/conversations", entry.upstream, entry.id)}
          className={
            entry.deleted
              ? "truncate font-mono text-xs text-zinc-500 line-through"
              : "truncate font-mono text-xs text-sky-300 hover:underline"
          }
        >
          {entry.id}
        </Link>
        {entry.deleted && (
          <span className="rounded bg-zinc-800 px-1.5 text-[11px] text-zinc-400">
            deleted
          </span>
        )}
      </div>
      {entry.preview && (
        <p className="truncate text-sm text-zinc-200">{entry.preview}</p>
      )}
      <p className="truncate text-xs text-zinc-500">
        {upstreamLabel} ·{" "}
        <time dateTime={new Date(entry.createdAt).toISOString()}>
          {timeFormat.format(entry.createdAt)}
        </time>
        {Object.entries(entry.metadata).map(([key, value]) => (
          <span key={key} className="font-mono">
            {" "}
            · {key}={value}
          </span>
        ))}
      </p>
    </li>
  );
}

/**
 * The conversations the playground created or opened and those the local engine stores, newest first;
 * with `newest`, only that many and a link to the whole list, so a long list leaves room beside it.
 */
export function ConversationList({ newest }: { newest?: number }) {
  const local = useConversationHistory();
  const upstreams = useUpstreams();
  const { labelOf, localId } = upstreams;
  const engine = useEngineList<Conversation>("conversations", localId);
  const merged = useMemo(
    () =>
      mergeConversations(
        local ?? [],
        localId === null
          ? null
          : { upstream: localId, conversations: engine.items },
      ),
    [local, localId, engine.items],
  );
  const shown = newest === undefined ? merged : merged.slice(0, newest);
  const more = shown.length < merged.length || engine.query.hasNextPage;
  const loading =
    local === undefined ||
    upstreams.pending ||
    (localId !== null && engine.query.isPending);
  return (
    <div className="flex flex-col gap-2">
      <EngineListError query={engine.query} what="conversations" />
      {merged.length === 0 ? (
        !loading && (
          <p className="text-sm text-zinc-400">
            No conversations yet. Conversations you create or open in the
            playground, and those an SDK script stores in the local engine, are
            listed here.
          </p>
        )
      ) : (
        <ul
          aria-label="Conversation history"
          className="rounded-lg border border-zinc-800"
        >
          {shown.map((entry) => (
            <ConversationRow
              key={`${entry.upstream}/${entry.id}`}
              entry={entry}
              upstreamLabel={labelOf(entry.upstream)}
            />
          ))}
        </ul>
      )}
      {newest !== undefined && more && (
        <Link
          href="/conversations"
          className="self-start text-xs text-sky-300 hover:underline"
        >
          All conversations
        </Link>
      )}
      {newest === undefined && (
        <LoadOlderButton
          query={engine.query}
          what="conversations"
          className="self-start"
        />
      )}
    </div>
  );
}
