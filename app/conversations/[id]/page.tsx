import { ConversationView } from "@/components/conversation/conversation-view";

export default async function ConversationPage({
  params,
  searchParams,
}: PageProps<"/conversations/[id]">) {
  const { id } = await params;
  const { upstream } = await searchParams;
  return (
    <ConversationView
      id={decodeURIComponent(id)}
      upstream={typeof upstream === "string" && upstream ? upstream : "local"}
    />
  );
}
