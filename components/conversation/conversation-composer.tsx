"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Send } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/form-controls";
import { continueConversation } from "@/lib/queries/conversation-queries";
import { useComposerStore } from "@/lib/stores/composer-store";

/** Sends the next message within the conversation (`conversation`); its input and answer join the items. */
export function ConversationComposer({
  id,
  upstream,
  apiKey,
}: {
  id: string;
  upstream: string;
  apiKey: string | null;
}) {
  const client = useQueryClient();
  const draftModel = useComposerStore((state) => state.draft.model);
  const [model, setModel] = useState<string | null>(null);
  const [text, setText] = useState("");
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const chosenModel = model ?? (draftModel || "local-echo");

  async function send() {
    if (text.trim() === "") return;
    setSending(true);
    setProblem(null);
    try {
      await continueConversation(
        client,
        { id, upstream, apiKey },
        { model: chosenModel, input: [{ role: "user", content: text }] },
      );
      setText("");
    } catch (error) {
      setProblem(
        `The message was not sent: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setSending(false);
    }
  }

  return (
    <section
      aria-label="Continue the conversation"
      className="flex flex-col gap-2 border-t border-zinc-800 pt-3"
    >
      <div className="flex items-end gap-2">
        <Textarea
          aria-label="Message"
          rows={2}
          className="flex-1 font-sans text-sm"
          placeholder="Continue the conversation… (Ctrl+Enter to send)"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void send();
            }
          }}
        />
        <div className="flex w-40 flex-col gap-1.5">
          <Input
            aria-label="Model"
            className="font-mono text-xs"
            value={chosenModel}
            onChange={(event) => setModel(event.target.value)}
          />
          <Button
            variant="primary"
            disabled={sending || text.trim() === ""}
            onClick={() => void send()}
          >
            <Send /> {sending ? "Sending…" : "Send"}
          </Button>
        </div>
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-rose-300">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
