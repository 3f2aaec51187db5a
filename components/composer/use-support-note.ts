"use client";

import type { UpstreamKind } from "@/lib/api/upstream";
import type { DraftTool, Includable } from "@/lib/request/draft";
import {
  hostedToolNote,
  includeNote,
  supportNote,
  type MarkedParameter,
} from "@/lib/request/support";
import { useComposerStore } from "@/lib/stores/composer-store";
import { useResolvedUpstream } from "@/components/shell/use-resolved-upstream";

/** The kind of the upstream the draft is sent to, once the upstream list has loaded. */
function useUpstreamKind(): UpstreamKind | null {
  const { id, list } = useResolvedUpstream();
  return list?.data.find((entry) => entry.id === id)?.kind ?? null;
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
