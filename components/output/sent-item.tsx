"use client";

/** An item the turn sent that is neither a message nor a call's answer (a call, reasoning, an item_reference): its type, then its fields. */
export function SentItem({ item }: { item: Record<string, unknown> }) {
  const { type, ...fields } = item;
  return (
    <div className="max-w-[85%] rounded-lg border border-zinc-700 bg-zinc-900/60 px-3 py-2 font-mono text-xs text-zinc-200">
      <span className="text-sky-300">
        {typeof type === "string" ? type : "item"}
      </span>
      <p className="mt-1 wrap-anywhere whitespace-pre-wrap text-zinc-400">
        {JSON.stringify(fields)}
      </p>
    </div>
  );
}
