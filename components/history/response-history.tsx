"use client";

import Link from "next/link";
import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  distinctValues,
  filterHistory,
  mergeHistory,
  noFilters,
  type HistoryFilters,
} from "@/lib/history/merge-history";
import { useResponseHistory } from "@/lib/history/use-history";
import { EngineListError, LoadOlderButton } from "./engine-list-status";
import { HistoryFilterBar } from "./history-filters";
import { ResponseTable } from "./response-table";
import { useEngineList } from "./use-engine-list";
import { useUpstreams } from "./use-upstreams";

function EmptyHistory() {
  return (
    <div className="rounded-lg border border-dashed border-zinc-800 p-8 text-center text-sm text-zinc-400">
      <p className="font-medium text-zinc-200">No responses yet.</p>
      <p className="mt-1">
        Send a message in the{" "}
        <Link href="/" className="text-sky-300 hover:underline">
          Playground
        </Link>
        : every stored response it creates is listed here. Responses that an SDK
        script stores in the local engine (base URL <code>/v1</code>) show up
        too.
      </p>
    </div>
  );
}

/** The history of stored responses: the browser's record merged with the local engine's list. */
export function ResponseHistory() {
  const local = useResponseHistory();
  const upstreams = useUpstreams();
  const { labelOf, localId } = upstreams;
  const engine = useEngineList<ApiResponse>("responses", localId);
  const [filters, setFilters] = useState<HistoryFilters>(noFilters);

  const merged = useMemo(
    () =>
      mergeHistory(
        local ?? [],
        localId === null
          ? null
          : { upstream: localId, responses: engine.items },
      ),
    [local, localId, engine.items],
  );
  const shown = useMemo(
    () => filterHistory(merged, filters),
    [merged, filters],
  );
  const options = useMemo(
    () => ({
      upstream: distinctValues(merged, "upstream"),
      model: distinctValues(merged, "model"),
      status: distinctValues(merged, "status"),
    }),
    [merged],
  );
  const loading =
    local === undefined ||
    upstreams.pending ||
    (localId !== null && engine.query.isPending);

  return (
    <section
      aria-label="Response history"
      className="flex min-h-0 flex-1 flex-col gap-3"
    >
      <HistoryFilterBar
        filters={filters}
        options={options}
        upstreamLabel={labelOf}
        onChange={setFilters}
      />
      <EngineListError query={engine.query} what="stored responses" />
      {merged.length === 0 && !loading ? (
        <EmptyHistory />
      ) : shown.length === 0 && !loading ? (
        <div className="flex items-center gap-3 text-sm text-zinc-400">
          <p>No response matches the search and filters.</p>
          <Button size="sm" onClick={() => setFilters(noFilters)}>
            Clear filters
          </Button>
        </div>
      ) : (
        <ResponseTable entries={shown} upstreamLabel={labelOf} />
      )}
      <div className="flex items-center gap-3 text-xs text-zinc-500">
        <p aria-live="polite">
          {shown.length} of {merged.length} responses
        </p>
        <LoadOlderButton query={engine.query} what="responses" />
      </div>
    </section>
  );
}
