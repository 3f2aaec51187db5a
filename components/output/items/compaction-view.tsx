"use client";

import type { ItemOf } from "./item-of";
import { Note } from "./item-parts";

/** A compaction item: the earlier context, replaced by an opaque encrypted summary. */
export function CompactionView({
  item,
  phase,
}: {
  item: ItemOf<"compaction">;
  phase: string | null;
}) {
  if (item.encrypted_content === "")
    return (
      <Note>
        {phase === "compacting" ? "Compacting the context…" : "(no content)"}
      </Note>
    );
  return (
    <p className="text-xs text-zinc-400">
      The context before this point was compacted into{" "}
      {item.encrypted_content.length.toLocaleString("en-US")} characters of
      encrypted content, which later turns carry instead.
    </p>
  );
}
