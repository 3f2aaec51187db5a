"use client";

import Link from "next/link";
import { onDemandModule } from "@/components/ui/on-demand-module";
import { storedObjectHref } from "@/lib/history/stored-object-href";
import { useRunStore, type ThreadOrigin } from "@/lib/stores/run-store";

// The earlier turns' views load only for a thread that continues from something.
const historyViews = onDemandModule(() => import("./earlier-turns"));

/** The origin's label, the stored response or conversation it names a link to that object's page. */
function OriginLabel({ origin }: { origin: ThreadOrigin }) {
  const stored = origin.previousResponseId ?? origin.conversationId;
  const [before, ...after] = stored ? origin.label.split(stored) : [];
  if (!stored || after.length === 0) return origin.label;
  const page = origin.previousResponseId ? "/responses" : "/conversations";
  return (
    <>
      {before}
      <Link
        href={storedObjectHref(page, origin.upstream, stored)}
        className="text-sky-300 hover:underline"
      >
        {stored}
      </Link>
      {after.join(stored)}
    </>
  );
}

/** Above the thread's turns: where it continued from, and that context's turns as they were stored or compacted. */
export function ThreadOriginView() {
  const origin = useRunStore((state) => state.origin);
  const views = historyViews.useModule(origin !== null);
  if (!origin) return null;
  return (
    <section
      aria-label="Earlier turns"
      className="flex flex-col gap-3 border-b border-dashed border-zinc-800 pb-4"
    >
      <p className="font-mono text-xs break-all text-zinc-500">
        <OriginLabel origin={origin} />
      </p>
      {views && origin.previousResponseId ? (
        <views.StoredHistory
          upstream={origin.upstream}
          responseId={origin.previousResponseId}
        />
      ) : null}
      {views && origin.conversationId ? (
        <views.ConversationHistory
          upstream={origin.upstream}
          conversationId={origin.conversationId}
        />
      ) : null}
      {views && origin.items.length > 0 ? (
        <views.HistoryItems items={origin.items} upstream={origin.upstream} />
      ) : null}
    </section>
  );
}
