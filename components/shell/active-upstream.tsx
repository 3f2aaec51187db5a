"use client";

import { useResolvedUpstream } from "./use-resolved-upstream";

/** Which upstream Send goes to: the composer's, or the server's default on pages without a composer. */
export function ActiveUpstream() {
  const { id, list } = useResolvedUpstream();
  if (!list) return null;
  const label =
    list.data.find((entry) => entry.id === id)?.label ?? "none configured";
  return (
    <p className="hidden items-center gap-1.5 rounded-md border border-zinc-800 px-2 py-1 text-zinc-400 lg:flex">
      <span className="text-zinc-500">Upstream</span>
      <span className="font-medium text-zinc-200">{label}</span>
    </p>
  );
}
