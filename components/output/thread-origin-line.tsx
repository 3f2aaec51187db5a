"use client";

import Link from "next/link";
import { storedObjectHref } from "@/lib/history/stored-object-href";
import { useRunStore } from "@/lib/stores/run-store";

/** Above a started thread: where its first turn continued from, so the context the transcript does not show stays in view. */
export function ThreadOriginLine() {
  const origin = useRunStore((state) => state.origin);
  if (!origin) return null;
  const stored = origin.previousResponseId;
  // The label names the stored response; that name becomes the link to it.
  const [before, ...after] = stored ? origin.label.split(stored) : [];
  return (
    <p className="font-mono text-xs break-all text-zinc-500">
      {stored && after.length > 0 ? (
        <>
          {before}
          <Link
            href={storedObjectHref("/responses", origin.upstream, stored)}
            className="text-sky-300 hover:underline"
          >
            {stored}
          </Link>
          {after.join(stored)}
        </>
      ) : (
        origin.label
      )}
    </p>
  );
}
