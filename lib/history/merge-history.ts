import type { Conversation } from "openai/resources/conversations/conversations";
import type { Response as ApiResponse } from "openai/resources/responses/responses";
import type {
  ConversationHistoryEntry,
  ResponseHistoryEntry,
} from "./history-db";
import { conversationEntry, responseEntry } from "./response-entry";

const keyOf = (upstream: string, id: string) => `${upstream}\u0000${id}`;

/**
 * The browser's entries merged with what an upstream lists (one of the local engine's lists): one entry
 * per upstream and id, made by `toEntry` from the listed object and the browser's entry; newest first.
 */
function mergeListed<
  Entry extends { upstream: string; id: string; createdAt: number },
  Listed extends { id: string },
>(
  local: readonly Entry[],
  listed: { upstream: string; items: readonly Listed[] } | null,
  toEntry: (upstream: string, item: Listed, previous?: Entry) => Entry,
): Entry[] {
  const entries = new Map<string, Entry>();
  for (const entry of local)
    entries.set(keyOf(entry.upstream, entry.id), entry);
  for (const item of listed?.items ?? []) {
    const upstream = listed?.upstream ?? "";
    const key = keyOf(upstream, item.id);
    entries.set(key, toEntry(upstream, item, entries.get(key)));
  }
  return [...entries.values()].sort(
    (a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id),
  );
}

/** Responses: the upstream's word on status and output, the browser's on input previews and deletion. */
export function mergeHistory(
  local: readonly ResponseHistoryEntry[],
  listed: { upstream: string; responses: readonly ApiResponse[] } | null,
): ResponseHistoryEntry[] {
  return mergeListed(
    local,
    listed && { upstream: listed.upstream, items: listed.responses },
    responseEntry,
  );
}

/** Conversations (`GET /v1/conversations`): the upstream's word on metadata, the browser's on previews and deletion. */
export function mergeConversations(
  local: readonly ConversationHistoryEntry[],
  listed: { upstream: string; conversations: readonly Conversation[] } | null,
): ConversationHistoryEntry[] {
  return mergeListed(
    local,
    listed && { upstream: listed.upstream, items: listed.conversations },
    conversationEntry,
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
