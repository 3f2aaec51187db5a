import type { UpstreamList } from "@/lib/api/upstream";

export interface UpstreamResolution {
  /** The upstream Send should use, or null while there is nothing to send to. */
  id: string | null;
  /** Why the draft's upstream was replaced, to show the person; null when nothing changed or the draft named none. */
  note: string | null;
}

/** Keeps the draft's upstream when the server offers it; else the server's default, saying why when the draft named one. */
export function resolveUpstream(
  draftUpstream: string,
  list: UpstreamList,
): UpstreamResolution {
  if (list.data.some((entry) => entry.id === draftUpstream))
    return { id: draftUpstream, note: null };
  const fallback = list.data.find((entry) => entry.id === list.default);
  if (draftUpstream === "") return { id: fallback?.id ?? null, note: null };
  return {
    id: fallback?.id ?? null,
    note: fallback
      ? `The upstream "${draftUpstream}" in your draft is not configured on this server; using ${fallback.label} instead.`
      : `The upstream "${draftUpstream}" in your draft is not configured on this server, and it offers no other.`,
  };
}
