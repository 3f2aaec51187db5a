"use client";

import { memo } from "react";
import { itemTitle, type OutputNode } from "@/lib/protocol";
import { ItemBody } from "./item-views";
import { StatusBadge } from "./status-badge";

function itemStatus(node: OutputNode): string {
  const status =
    "status" in node.item && typeof node.item.status === "string"
      ? node.item.status
      : null;
  return node.phase ?? status ?? (node.done ? "completed" : "in_progress");
}

/** One output item: its type, id and status over its content; re-renders only when its node changes. */
export const OutputItem = memo(function OutputItem({
  node,
  streaming,
}: {
  node: OutputNode;
  streaming: boolean;
}) {
  const title = itemTitle(node.item);
  const id =
    "id" in node.item && typeof node.item.id === "string" ? node.item.id : null;
  return (
    <article
      aria-label={title}
      className="rounded-lg border border-zinc-800 bg-zinc-900/40"
    >
      <header className="flex flex-wrap items-center gap-2 border-b border-zinc-800/70 px-3 py-1.5">
        <h3 className="text-xs font-medium text-zinc-300">{title}</h3>
        {id ? (
          <code className="truncate font-mono text-[11px] text-zinc-500">
            {id}
          </code>
        ) : null}
        <StatusBadge status={itemStatus(node)} className="ml-auto" />
      </header>
      <div className="px-3 py-2">
        <ItemBody node={node} streaming={streaming} />
      </div>
    </article>
  );
});
