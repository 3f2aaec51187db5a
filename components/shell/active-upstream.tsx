"use client";

import { useQuery } from "@tanstack/react-query";
import { upstreamsQuery } from "@/lib/queries/upstream-queries";
import { resolveUpstream } from "@/lib/run/resolve-upstream";
import { useComposerStore } from "@/lib/stores/composer-store";

/** Which upstream Send goes to: the composer's, or the server's default on pages without a composer. */
export function ActiveUpstream() {
  const upstream = useComposerStore((state) => state.draft.upstream);
  const upstreams = useQuery(upstreamsQuery());
  if (!upstreams.data) return null;
  const id = resolveUpstream(upstream, upstreams.data).id;
  const label =
    upstreams.data.data.find((entry) => entry.id === id)?.label ??
    "none configured";
  return (
    <p className="hidden items-center gap-1.5 rounded-md border border-zinc-800 px-2 py-1 text-zinc-400 lg:flex">
      <span className="text-zinc-500">Upstream</span>
      <span className="font-medium text-zinc-200">{label}</span>
    </p>
  );
}
