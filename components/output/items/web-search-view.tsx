"use client";

import { ExternalLink } from "lucide-react";
import type { ItemOf } from "./item-of";
import { Field, Note } from "./item-parts";

type Action = ItemOf<"web_search_call">["action"];

function SourceLink({ url }: { url: string }) {
  return (
    <a
      href={url}
      target="_blank"
      rel="noreferrer noopener"
      className="inline-flex items-center gap-1 break-all text-sky-300 hover:underline"
    >
      {url}
      <ExternalLink className="size-3 shrink-0" aria-hidden />
    </a>
  );
}

function SearchAction({
  action,
}: {
  action: Extract<Action, { type: "search" }>;
}) {
  const queries = [
    ...new Set([
      ...(action.query ? [action.query] : []),
      ...(action.queries ?? []),
    ]),
  ];
  return (
    <div className="flex flex-col gap-1.5">
      <Field label="Searched for">
        {queries.length > 0 ? (
          <span className="flex flex-wrap gap-1">
            {queries.map((query) => (
              <q
                key={query}
                className="rounded bg-zinc-800 px-1.5 py-0.5 text-zinc-200"
              >
                {query}
              </q>
            ))}
          </span>
        ) : (
          "(no query given)"
        )}
      </Field>
      {action.sources && action.sources.length > 0 ? (
        <div className="flex flex-col gap-0.5 text-xs">
          <span className="text-zinc-500">Sources</span>
          <ul aria-label="Sources" className="flex flex-col gap-0.5 pl-2">
            {action.sources.map((source, index) => (
              <li key={index}>
                <SourceLink url={source.url} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <Note>
          No sources listed (ask for them with include
          web_search_call.action.sources).
        </Note>
      )}
    </div>
  );
}

/** A web search: what it searched for, opened or looked up in a page, and the sources it read. */
export function WebSearchView({ item }: { item: ItemOf<"web_search_call"> }) {
  const action: Action | undefined = item.action;
  if (!action) return <Note>Searching…</Note>;
  switch (action.type) {
    case "search":
      return <SearchAction action={action} />;
    case "open_page":
      return (
        <Field label="Opened page">
          {action.url ? <SourceLink url={action.url} /> : "(no URL)"}
        </Field>
      );
    case "find_in_page":
      return (
        <div className="flex flex-col gap-1">
          <Field label="Looked for">
            <q className="text-zinc-200">{action.pattern}</q>
          </Field>
          <Field label="In page">
            <SourceLink url={action.url} />
          </Field>
        </div>
      );
    default:
      return <Note>Unknown action {JSON.stringify(action)}</Note>;
  }
}
