"use client";

import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { CopyButton } from "@/components/ui/copy-button";
import { HighlightedCode } from "@/components/ui/highlighted-code";

/** The Response exactly as the upstream returned it, highlighted and copyable. */
export function ResponseRawJson({ response }: { response: ApiResponse }) {
  const json = JSON.stringify(response, null, 2);
  return (
    <section aria-label="Raw JSON" className="flex flex-col gap-1.5">
      <header className="flex items-center gap-2">
        <h2 className="text-xs font-semibold tracking-wider text-zinc-400 uppercase">
          Raw JSON
        </h2>
        <CopyButton text={json} label="Copy raw JSON" />
      </header>
      <HighlightedCode
        code={json}
        language="json"
        className="max-h-[32rem] rounded-lg border border-zinc-800 bg-zinc-900/40 p-3"
      />
    </section>
  );
}
