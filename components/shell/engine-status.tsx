"use client";

import { useQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import {
  engineStatusQuery,
  upstreamsQuery,
} from "@/lib/queries/upstream-queries";

const DOT = {
  pending: "bg-zinc-500",
  success: "bg-emerald-400",
  error: "bg-red-500",
} as const;

/** Shows whether the local engine answers at /v1; with `LOCAL_ENGINE=0` there is no engine to show. */
export function EngineStatus() {
  const upstreams = useQuery(upstreamsQuery());
  const engineOn =
    upstreams.data?.data.some((entry) => entry.kind === "local") ?? false;
  if (!engineOn) return null;
  return <LocalEngineStatus />;
}

function LocalEngineStatus() {
  const status = useQuery(engineStatusQuery());
  const state = status.isFetching ? "pending" : status.status;
  const models = status.data?.models ?? 0;
  return (
    <div className="flex min-w-0 items-center gap-2">
      <p
        role="status"
        aria-label="Engine status"
        title={status.error?.message}
        className="flex max-w-72 min-w-0 items-center gap-1.5 rounded-md border border-zinc-800 px-2 py-1 text-zinc-300"
      >
        <span
          aria-hidden="true"
          className={`size-2 shrink-0 rounded-full ${DOT[state]}`}
        />
        {/* On a phone the dot says it; the words stay for screen readers, and an offline engine is always spelled out. */}
        {state === "pending" && (
          <span className="max-sm:sr-only">Checking engine…</span>
        )}
        {state === "success" && (
          <span className="max-sm:sr-only">
            Engine online{" "}
            <span className="text-zinc-500 max-lg:sr-only">
              · {models} {models === 1 ? "model" : "models"}
            </span>
          </span>
        )}
        {state === "error" && (
          <span className="truncate">
            Engine offline{" "}
            <span className="text-zinc-500">· {status.error?.message}</span>
          </span>
        )}
      </p>
      {state === "error" && (
        <Button variant="ghost" size="sm" onClick={() => void status.refetch()}>
          Retry
        </Button>
      )}
    </div>
  );
}
