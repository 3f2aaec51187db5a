"use client";

import { useQuery } from "@tanstack/react-query";
import { MessageSquarePlus } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";
import { buttonVariants } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { recordConversation } from "@/lib/history/history-db";
import { conversationQuery } from "@/lib/queries/conversation-queries";
import { conversationHref } from "@/lib/run/continue-link";
import { useApiKeyStore } from "@/lib/stores/api-key-store";
import { ConversationComposer } from "./conversation-composer";
import { ConversationItems } from "./conversation-items";
import { conversationFailure, FailureMessage } from "./failure-message";
import { MetadataEditor } from "./metadata-editor";

/** One stored conversation: its metadata, its items page by page, and a composer that continues it. */
export function ConversationView({
  id,
  upstream,
}: {
  id: string;
  upstream: string;
}) {
  const apiKey = useApiKeyStore((state) => state.keys[upstream] ?? null);
  const conversation = useQuery(conversationQuery(upstream, id, apiKey));
  const call = { id, upstream, apiKey };
  const opened = conversation.data;
  // A conversation opened by id joins the history, like a response opened by id.
  useEffect(() => {
    if (opened) void recordConversation(upstream, opened);
  }, [upstream, opened]);
  return (
    <main className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto flex max-w-4xl flex-col gap-5 p-6">
        <header className="flex flex-col gap-1">
          {/* The id flows on after the word and breaks where the line ends, as a response's does. */}
          <div className="flex items-center gap-2">
            <h1 className="min-w-0 text-lg font-semibold text-zinc-100">
              Conversation{" "}
              <code className="font-mono text-base break-all">{id}</code>
            </h1>
            <CopyButton text={id} label="Copy conversation id" />
          </div>
          <p className="text-xs text-zinc-500">
            On upstream <code className="text-zinc-300">{upstream}</code>
            {conversation.data
              ? ` · created ${new Date(conversation.data.created_at * 1000).toLocaleString()}`
              : ""}
          </p>
          {/* Only a conversation that was found can be continued. */}
          {opened ? (
            <Link
              href={conversationHref(upstream, id)}
              className={buttonVariants({
                variant: "primary",
                size: "sm",
                className: "mt-2 self-start",
              })}
            >
              <MessageSquarePlus /> Continue in the playground
            </Link>
          ) : null}
        </header>
        {conversation.isPending ? (
          <p className="text-sm text-zinc-500">Loading the conversation…</p>
        ) : conversation.isError ? (
          <FailureMessage
            {...conversationFailure(conversation.error, id, upstream)}
          />
        ) : (
          <>
            <MetadataEditor
              key={id}
              metadata={conversation.data.metadata}
              {...call}
            />
            <ConversationItems {...call} />
            <ConversationComposer {...call} />
          </>
        )}
      </div>
    </main>
  );
}
