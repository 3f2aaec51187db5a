"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { StatusBadge } from "@/components/output/status-badge";
import { outputText } from "@/lib/protocol";
import { responseQuery } from "@/lib/queries/response-queries";
import { inspectorHref } from "./inspector-href";

/** Past this many turns the thread stops walking back, so a very long chain cannot flood the page. */
const MAX_DEPTH = 50;

/** One earlier turn, after the turns before it (so the thread reads oldest first). */
function ChainTurn({
  upstream,
  id,
  depth,
}: {
  upstream: string;
  id: string;
  depth: number;
}) {
  const query = useQuery(responseQuery(upstream, id));
  const previous = query.data?.previous_response_id ?? null;
  return (
    <>
      {previous && depth < MAX_DEPTH ? (
        <ChainTurn upstream={upstream} id={previous} depth={depth + 1} />
      ) : null}
      {previous && depth >= MAX_DEPTH ? (
        <li className="text-xs text-zinc-500">
          Earlier turns: continue from{" "}
          <Link
            href={inspectorHref(upstream, previous)}
            className="text-sky-300"
          >
            {previous}
          </Link>
        </li>
      ) : null}
      <li className="flex min-w-0 items-center gap-2 text-xs">
        <Link
          href={inspectorHref(upstream, id)}
          className="shrink-0 font-mono text-sky-300 hover:underline"
        >
          {id}
        </Link>
        {query.data ? (
          <>
            <StatusBadge status={query.data.status ?? "unknown"} />
            <span className="truncate text-zinc-400">
              {outputText(query.data.output).slice(0, 120)}
            </span>
          </>
        ) : query.isError ? (
          <span className="text-rose-300">{query.error.message}</span>
        ) : (
          <span className="text-zinc-500">loading…</span>
        )}
      </li>
    </>
  );
}

/** The `previous_response_id` ancestors as a thread, each turn linked to its own inspector. */
export function ResponseChain({
  upstream,
  previousResponseId,
  currentId,
}: {
  upstream: string;
  previousResponseId: string | null;
  currentId: string;
}) {
  return (
    <section aria-label="Chain" className="flex flex-col gap-1.5">
      <h2 className="text-xs font-semibold tracking-wider text-zinc-400 uppercase">
        Chain
      </h2>
      {previousResponseId === null ? (
        <p className="text-xs text-zinc-500">
          This response starts its thread: it has no previous_response_id.
        </p>
      ) : (
        <ol aria-label="Earlier turns" className="flex flex-col gap-1">
          <ChainTurn upstream={upstream} id={previousResponseId} depth={1} />
          <li className="font-mono text-xs text-zinc-200">
            {currentId} <span className="text-zinc-500">(this response)</span>
          </li>
        </ol>
      )}
    </section>
  );
}
