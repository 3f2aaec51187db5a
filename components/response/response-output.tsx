"use client";

import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { useMemo } from "react";
import { asksForJson, JsonTextContext } from "@/components/output/item-context";
import { OutputItem } from "@/components/output/output-item";
import { ViolationList } from "@/components/output/run-outcome";
import { treeFromResponse } from "@/lib/protocol";

/** The response's output through the playground's own reducer and item views. */
export function ResponseOutput({ response }: { response: ApiResponse }) {
  const tree = useMemo(() => treeFromResponse(response), [response]);
  const running = tree.terminal === null;
  return (
    <section aria-label="Output" className="flex flex-col gap-2">
      <h2 className="text-xs font-semibold tracking-wider text-zinc-400 uppercase">
        Output
      </h2>
      <JsonTextContext.Provider value={asksForJson(response.text?.format)}>
        {tree.output.map((node, position) => (
          <OutputItem key={position} node={node} streaming={running} />
        ))}
      </JsonTextContext.Provider>
      {tree.output.length === 0 ? (
        <p className="text-sm text-zinc-500">
          {running
            ? "No output yet: the response is still running."
            : "No output items."}
        </p>
      ) : null}
      {tree.error ? (
        <p role="note" className="text-sm text-rose-300">
          {tree.error.code ? `${tree.error.code}: ` : ""}
          {tree.error.message}
        </p>
      ) : null}
      {tree.incompleteDetails ? (
        <p role="note" className="text-sm text-amber-300">
          Incomplete: {tree.incompleteDetails.reason ?? "no reason given"}
        </p>
      ) : null}
      <ViolationList tree={tree} />
    </section>
  );
}
