import type { Metadata } from "next";
import { NewConversationForm } from "@/components/conversation/new-conversation-form";
import { ConversationList } from "@/components/history/conversation-list";
import { HistoryPage } from "@/components/history/history-page";
import { OpenByIdForm } from "@/components/history/open-by-id-form";

export const metadata: Metadata = {
  title: "Conversations · Responses Playground",
};

export default function ConversationsPage() {
  return (
    <HistoryPage
      title="Conversations"
      description="The conversations the playground created or opened, and every conversation the local engine stores. Open any conversation id on any upstream."
    >
      <OpenByIdForm
        base="/conversations"
        label="Conversation ID"
        placeholder="conv_…"
      />
      <NewConversationForm />
      <ConversationList />
    </HistoryPage>
  );
}
