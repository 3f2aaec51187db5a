import type { Response as ApiResponse } from "openai/resources/responses/responses";
import type { ResponseHistoryEntry } from "./history-db";
import { responseEntry } from "./response-entry";

const keyOf = (upstream: string, id: string) => `${upstream}\u0000${id}`;

/**
 * The browser's history merged with what an upstream lists (the local engine's `GET /v1/responses`):
 * one entry per upstream and id, the upstream's word on status and output, the browser's on input
 * previews and deletion; newest first.
 */
export function mergeHistory(
  local: readonly ResponseHistoryEntry[],
  listed: { upstream: string; responses: readonly ApiResponse[] } | null,
): ResponseHistoryEntry[] {
  const entries = new Map<string, ResponseHistoryEntry>();
  for (const entry of local)
    entries.set(keyOf(entry.upstream, entry.id), entry);
  for (const response of listed?.responses ?? []) {
    const key = keyOf(listed?.upstream ?? "", response.id);
    entries.set(
      key,
      responseEntry(listed?.upstream ?? "", response, entries.get(key)),
    );
  }
  return [...entries.values()].sort(
    (a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id),
  );
}

export interface HistoryFilters {
  search: string;
  /** Empty string: no filter. */
  upstream: string;
  model: string;
  status: string;
}

export const noFilters: HistoryFilters = {
  search: "",
  upstream: "",
  model: "",
  status: "",
};

/** Entries matching every filter; the search matches the id, model, previews and metadata values, ignoring case. */
export function filterHistory(
  entries: readonly ResponseHistoryEntry[],
  filters: HistoryFilters,
): ResponseHistoryEntry[] {
  const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (filters.upstream && entry.upstream !== filters.upstream) return false;
    if (filters.model && entry.model !== filters.model) return false;
    if (filters.status && entry.status !== filters.status) return false;
    const haystack = [
      entry.id,
      entry.model,
      entry.inputPreview,
      entry.outputPreview,
      ...Object.values(entry.metadata),
    ]
      .join(" ")
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The distinct values of one field, sorted, for a filter's options. */
export function distinctValues(
  entries: readonly ResponseHistoryEntry[],
  field: "upstream" | "model" | "status",
): string[] {
  return [...new Set(entries.map((entry) => entry[field]))].sort();
}
