"use client";

import { Search } from "lucide-react";
import { Input, Select } from "@/components/ui/form-controls";
import type { HistoryFilters } from "@/lib/history/merge-history";

type FilterField = "upstream" | "model" | "status";

const filterLabels: Record<FilterField, { label: string; any: string }> = {
  upstream: { label: "Filter by upstream", any: "All upstreams" },
  model: { label: "Filter by model", any: "All models" },
  status: { label: "Filter by status", any: "All statuses" },
};

/** The search box and the upstream, model and status filters over the history. */
export function HistoryFilterBar({
  filters,
  options,
  upstreamLabel,
  onChange,
}: {
  filters: HistoryFilters;
  options: Record<FilterField, string[]>;
  upstreamLabel: (id: string) => string;
  onChange: (filters: HistoryFilters) => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="relative min-w-56 flex-1">
        <Search
          aria-hidden="true"
          className="pointer-events-none absolute top-2 left-2 size-4 text-zinc-500"
        />
        <Input
          type="search"
          aria-label="Search"
          placeholder="Search ids, previews and metadata"
          value={filters.search}
          onChange={(event) =>
            onChange({ ...filters, search: event.target.value })
          }
          className="pl-8"
        />
      </div>
      {(Object.keys(filterLabels) as FilterField[]).map((field) => (
        <Select
          key={field}
          aria-label={filterLabels[field].label}
          value={filters[field]}
          onChange={(event) =>
            onChange({ ...filters, [field]: event.target.value })
          }
          className="w-44"
        >
          <option value="">{filterLabels[field].any}</option>
          {options[field].map((value) => (
            <option key={value} value={value}>
              {field === "upstream"
                ? upstreamLabel(value)
                : value.replaceAll("_", " ")}
            </option>
          ))}
        </Select>
      ))}
    </div>
  );
}
