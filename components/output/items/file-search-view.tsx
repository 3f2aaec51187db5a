"use client";

import type { ItemOf } from "./item-of";
import { Field, Note } from "./item-parts";

type Result = NonNullable<ItemOf<"file_search_call">["results"]>[number];

function ScoreBar({ score }: { score: number }) {
  const percent = Math.max(0, Math.min(1, score)) * 100;
  return (
    <span className="inline-flex items-center gap-1.5">
      <span
        aria-hidden
        className="h-1.5 w-16 overflow-hidden rounded-full bg-zinc-800"
      >
        <span
          className="block h-full bg-emerald-400"
          style={{ width: `${percent}%` }}
        />
      </span>
      <span className="font-mono">{score.toFixed(3)}</span>
    </span>
  );
}

function ResultRow({ result }: { result: Result }) {
  const name = result.filename ?? result.file_id ?? "(unnamed file)";
  return (
    <li className="flex flex-col gap-1 rounded-md border border-zinc-800 bg-zinc-950/40 px-2 py-1.5 text-xs">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-zinc-200">{name}</span>
        {result.file_id && result.filename ? (
          <span className="font-mono text-[11px] text-zinc-500">
            {result.file_id}
          </span>
        ) : null}
        {typeof result.score === "number" ? (
          <span
            className="ml-auto text-zinc-400"
            aria-label={`Score ${result.score.toFixed(3)}`}
          >
            <ScoreBar score={result.score} />
          </span>
        ) : null}
      </div>
      {result.text ? (
        <p className="line-clamp-4 whitespace-pre-wrap text-zinc-400">
          {result.text}
        </p>
      ) : null}
      {result.attributes && Object.keys(result.attributes).length > 0 ? (
        <p className="font-mono text-[11px] text-zinc-500">
          {Object.entries(result.attributes)
            .map(([key, value]) => `${key}=${String(value)}`)
            .join(" · ")}
        </p>
      ) : null}
    </li>
  );
}

/** A file search: its queries and, when included, the chunks it found with their scores. */
export function FileSearchView({
  item,
  done,
}: {
  item: ItemOf<"file_search_call">;
  done: boolean;
}) {
  const results = item.results;
  return (
    <div className="flex flex-col gap-1.5">
      <Field label="Queries">
        <span className="flex flex-wrap gap-1">
          {item.queries.map((query, index) => (
            <q
              key={index}
              className="rounded bg-zinc-800 px-1.5 py-0.5 text-zinc-200"
            >
              {query}
            </q>
          ))}
        </span>
      </Field>
      {results && results.length > 0 ? (
        <ol aria-label="Results" className="flex flex-col gap-1">
          {results.map((result, index) => (
            <ResultRow key={index} result={result} />
          ))}
        </ol>
      ) : results ? (
        <Note>No results.</Note>
      ) : done ? (
        <Note>
          Results not included (ask for them with include
          file_search_call.results).
        </Note>
      ) : (
        <Note>Searching…</Note>
      )}
    </div>
  );
}
