"use client";

import { useQuery } from "@tanstack/react-query";
import { upstreamsQuery } from "@/lib/queries/upstream-queries";
import { supportNote, type MarkedParameter } from "@/lib/request/support";
import { useComposerStore } from "@/lib/stores/composer-store";

/** The sidebar's marker for a parameter the chosen upstream or model may not support (undefined when fine). */
export function useSupportNote(): (
  parameter: MarkedParameter,
) => string | undefined {
  const upstream = useComposerStore((state) => state.draft.upstream);
  const model = useComposerStore((state) => state.draft.model);
  const upstreams = useQuery(upstreamsQuery());
  const kind =
    upstreams.data?.data.find((entry) => entry.id === upstream)?.kind ?? null;
  return (parameter) => {
    const note = supportNote(parameter, kind, model);
    return note === null ? undefined : `⚠ ${note}`;
  };
}
