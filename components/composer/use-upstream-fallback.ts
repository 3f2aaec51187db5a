"use client";

import { useEffect, useState } from "react";
import type { UpstreamList } from "@/lib/api/upstream";
import { resolveUpstream } from "@/lib/run/resolve-upstream";
import {
  composerHydrated,
  useComposerActions,
} from "@/lib/stores/composer-store";

/** Moves the draft onto an upstream the server offers once the list arrives; returns why, when it had to. */
export function useUpstreamFallback(
  upstream: string,
  list: UpstreamList | undefined,
): string | null {
  const { setField } = useComposerActions();
  const resolved = list ? resolveUpstream(upstream, list) : null;
  const target = resolved?.id ?? null;
  // Kept once shown: after the switch the draft is valid again, but the person should still read why.
  const [note, setNote] = useState<string | null>(null);
  if (resolved?.note && resolved.note !== note) setNote(resolved.note);
  useEffect(() => {
    if (target === null || target === upstream) return;
    // After the stored draft is read: an edit before then would keep the default draft over it.
    let current = true;
    void composerHydrated().then(() => {
      if (current) setField("upstream", target);
    });
    return () => {
      current = false;
    };
  }, [target, upstream, setField]);
  return note;
}
