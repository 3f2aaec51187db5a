import type { Metadata } from "next";
import Link from "next/link";
import { ConversationList } from "@/components/history/conversation-list";
import { HistoryPage } from "@/components/history/history-page";
import { OpenByIdForm } from "@/components/history/open-by-id-form";
import { ResponseHistory } from "@/components/history/response-history";

export const metadata: Metadata = { title: "Responses · Responses Playground" };

export default function ResponsesPage() {
  return (
    <HistoryPage
      title="Responses"
      description="Every stored response the playground created or opened, and every response the local engine stores."
    >
      <OpenByIdForm
        base="/responses"
        label="Response ID"
        placeholder="resp_…"
      />
      <Link
        href="/import"
        className="-mt-3 self-start text-sm text-sky-300 hover:underline"
      >
        Import a request body or curl command…
      </Link>
      <div className="grid min-h-0 flex-1 grid-cols-1 grid-rows-[minmax(28rem,1fr)_auto] gap-6 2xl:grid-cols-[minmax(0,1fr)_20rem] 2xl:grid-rows-[minmax(28rem,1fr)]">
        <ResponseHistory />
        <section aria-labelledby="conversations-heading" className="min-w-0">
          <h2
            id="conversations-heading"
            className="mb-2 text-sm font-semibold text-zinc-200"
          >
            Conversations
          </h2>
          <ConversationList newest={5} />
        </section>
      </div>
    </HistoryPage>
  );
}
