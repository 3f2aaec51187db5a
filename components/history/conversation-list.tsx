"use client";

import Link from "next/link";
import type { ConversationHistoryEntry } from "@/lib/history/history-db";
import { useConversationHistory } from "@/lib/history/use-history";
import { storedObjectHref } from "@/lib/history/stored-object-href";
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
      <p className="text-xs text-zinc-500">
        {upstreamLabel} ·{" "}
        <time dateTime={new Date(entry.createdAt).toISOString()}>
          {timeFormat.format(entry.createdAt)}
        </time>
      </p>
    </li>
  );
}

/** The conversations the playground created or opened, newest first. */
export function ConversationList() {
  const conversations = useConversationHistory();
  const { labelOf } = useUpstreams();
  if (conversations === undefined) return null;
  if (conversations.length === 0)
    return (
      <p className="text-sm text-zinc-400">
        No conversations yet. Conversations you create or open in the playground
        are listed here.
      </p>
    );
  return (
    <ul
      aria-label="Conversation history"
      className="rounded-lg border border-zinc-800"
    >
      {conversations.map((entry) => (
        <ConversationRow
          key={`${entry.upstream}/${entry.id}`}
          entry={entry}
          upstreamLabel={labelOf(entry.upstream)}
        />
      ))}
    </ul>
  );
}
