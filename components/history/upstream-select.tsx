"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Label, Select } from "@/components/ui/form-controls";
import { upstreamsQuery } from "@/lib/queries/upstream-queries";

/** The upstream a form acts on: the one the person chose, else the server's default. */
export function useUpstreamChoice() {
  const upstreams = useQuery(upstreamsQuery());
  const [chosen, setChosen] = useState<string | null>(null);
  const upstream = chosen ?? upstreams.data?.default ?? "local";
  const entries = upstreams.data?.data ?? [{ id: upstream, label: upstream }];
  return { upstream, setUpstream: setChosen, entries };
}

/** A labelled select of the configured upstreams. */
export function UpstreamSelect({
  id,
  choice,
}: {
  id: string;
  choice: ReturnType<typeof useUpstreamChoice>;
}) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>Upstream</Label>
      <Select
        id={id}
        value={choice.upstream}
        onChange={(event) => choice.setUpstream(event.target.value)}
        className="w-44"
      >
        {choice.entries.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
