"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { StatusBadge } from "@/components/output/status-badge";
import { CopyButton } from "@/components/ui/copy-button";
import { UpstreamRequestError } from "@/lib/api/api-client";
import { responseQuery } from "@/lib/queries/response-queries";
import { ResponseActions } from "./response-actions";
import { ResponseChain } from "./response-chain";
import { ResponseFailureMessage } from "./response-failure-message";
import { ResponseInputItems } from "./response-input-items";
import { ResponseOutput } from "./response-output";
import { ResponseRawJson } from "./response-raw-json";
import {
  ResponseMetadata,
  ResponseParameters,
  ResponseTiming,
  ResponseUsage,
} from "./response-summary";
import { useRecordInHistory } from "./use-record-in-history";

function failureOf(error: Error) {
  return error instanceof UpstreamRequestError
    ? error.failure
    : {
        status: null,
        message: error.message,
        code: null,
        type: null,
        param: null,
      };
}

/** `/responses/[id]?upstream=…`: everything about one stored response, and what can be done with it. */
export function ResponseInspector({
  id,
  upstream,
}: {
  id: string;
  upstream: string;
}) {
  const query = useQuery(responseQuery(upstream, id));
  const [deleted, setDeleted] = useState(false);
  useRecordInHistory(upstream, query.data);
  const response = query.data;
  return (
    <main className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto flex max-w-5xl flex-col gap-5 p-5">
        <header className="flex flex-wrap items-center gap-2">
          <h1 className="min-w-0 font-mono text-lg break-all text-zinc-100">
            Response {id}
          </h1>
          <CopyButton text={id} label="Copy response id" />
          {response && !query.isError ? (
            <span role="status" aria-label="Response status">
              <StatusBadge status={response.status ?? "unknown"} />
            </span>
          ) : null}
          <span className="ml-auto font-mono text-xs text-zinc-500">
            upstream {upstream}
          </span>
        </header>
        {deleted ? (
          <p role="status" className="text-sm text-zinc-300">
            Response {id} was deleted.
          </p>
        ) : null}
        {query.isPending ? (
          <p className="text-sm text-zinc-500">Loading the response…</p>
        ) : query.isError ? (
          <ResponseFailureMessage
            failure={failureOf(query.error)}
            id={id}
            upstream={upstream}
          />
        ) : (
          <>
            <ResponseActions
              upstream={upstream}
              response={query.data}
              onDeleted={() => setDeleted(true)}
            />
            <ResponseTiming response={query.data} />
            <ResponseUsage response={query.data} upstream={upstream} />
            <ResponseChain
              upstream={upstream}
              previousResponseId={query.data.previous_response_id ?? null}
              currentId={id}
            />
            <ResponseOutput response={query.data} />
            <ResponseInputItems upstream={upstream} id={id} />
            <ResponseParameters response={query.data} />
            <ResponseMetadata response={query.data} />
            <ResponseRawJson response={query.data} />
          </>
        )}
      </div>
    </main>
  );
}
