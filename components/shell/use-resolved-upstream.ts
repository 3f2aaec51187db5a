"use client";

import { useQuery } from "@tanstack/react-query";
import { upstreamsQuery } from "@/lib/queries/upstream-queries";
import { resolveUpstream } from "@/lib/run/resolve-upstream";
import { useComposerStore } from "@/lib/stores/composer-store";

/**
 * The upstream the composer's draft goes to, settled against the server's list (its default when the draft has
 * none, as on pages a browser opens before the playground); null until the list has loaded or when it is empty.
 */
export function useResolvedUpstream() {
  const upstream = useComposerStore((state) => state.draft.upstream);
  const upstreams = useQuery(upstreamsQuery());
  const id = upstreams.data
    ? resolveUpstream(upstream, upstreams.data).id
    : null;
  return { id, list: upstreams.data };
}
