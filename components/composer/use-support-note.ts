"use client";

import { useQuery } from "@tanstack/react-query";
import type { UpstreamKind } from "@/lib/api/upstream";
import { upstreamsQuery } from "@/lib/queries/upstream-queries";
import type { DraftTool, Includable } from "@/lib/request/draft";
import {
  hostedToolNote,
  includeNote,
  supportNote,
  type MarkedParameter,
} from "@/lib/request/support";
import { useComposerStore } from "@/lib/stores/composer-store";

/** The kind of the upstream the draft is sent to, once the upstream list has loaded. */
function useUpstreamKind(): UpstreamKind | null {
  const upstream = useComposerStore((state) => state.draft.upstream);
  const upstreams = useQuery(upstreamsQuery());
  return (
    upstreams.data?.data.find((entry) => entry.id === upstream)?.kind ?? null
  );
}

const marked = (note: string | null) =>
  note === null ? undefined : `⚠ ${note}`;

/** The sidebar's marker for a parameter the chosen upstream or model may not support (undefined when fine). */
export function useSupportNote(): (
  parameter: MarkedParameter,
) => string | undefined {
  const kind = useUpstreamKind();
  const model = useComposerStore((state) => state.draft.model);
  return (parameter) => marked(supportNote(parameter, kind, model));
}

/** Why the chosen upstream may ignore one `include` value, in a few words (undefined when fine). */
export function useIncludeNote(): (value: Includable) => string | undefined {
  const kind = useUpstreamKind();
  return (value) => includeNote(value, kind) ?? undefined;
}

/** Why the chosen upstream will refuse a tool of the draft (undefined when it will not). */
export function useToolNote(): (tool: DraftTool) => string | undefined {
  const kind = useUpstreamKind();
  return (tool) => hostedToolNote(tool, kind) ?? undefined;
}
