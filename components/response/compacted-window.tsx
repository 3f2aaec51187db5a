"use client";

import { useRouter } from "next/navigation";
import type { CompactedResponse } from "openai/resources/responses/responses";
import { OutputItem } from "@/components/output/output-item";
import { UsageLine } from "@/components/output/usage-line";
import { Button } from "@/components/ui/button";
import { continueFromCompaction } from "@/lib/run/thread-origin";
import { itemNode } from "@/components/output/item-node";

/** The window `POST /responses/compact` returned, and a way to continue from it in the playground. */
export function CompactedWindow({
  upstream,
  model,
  sourceId,
  compacted,
}: {
  upstream: string;
  model: string;
  sourceId: string;
  compacted: CompactedResponse;
}) {
  const router = useRouter();
  return (
    <section
      aria-label="Compacted window"
      className="flex flex-col gap-2 rounded-xl border border-sky-500/30 bg-sky-500/5 p-3"
    >
      <header className="flex flex-wrap items-center gap-2">
        <h2 className="text-xs font-semibold tracking-wider text-sky-200 uppercase">
          Compacted window
        </h2>
        <span className="font-mono text-[11px] text-zinc-500">
          {compacted.id} · {compacted.output.length} items
        </span>
        <Button
          variant="primary"
          size="sm"
          className="ml-auto"
          onClick={() => {
            continueFromCompaction(upstream, model, compacted, sourceId);
            router.push("/");
          }}
        >
          Continue from compaction
        </Button>
      </header>
      <UsageLine usage={compacted.usage} />
      {compacted.output.map((item, index) => (
        <OutputItem key={index} node={itemNode(item)} streaming={false} />
      ))}
    </section>
  );
}
