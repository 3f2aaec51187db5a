"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/form-controls";
import { recordConversation } from "@/lib/history/history-db";
import {
  createConversation,
  metadataProblems,
} from "@/lib/queries/conversation-queries";
import { useApiKeyStore } from "@/lib/stores/api-key-store";
import { storedObjectHref } from "@/lib/history/stored-object-href";
import { useResolvedUpstream } from "@/components/shell/use-resolved-upstream";
import { MetadataRows } from "./metadata-editor";

/** Creates a conversation with optional metadata and a first message, records it, and opens it. */
export function NewConversationForm() {
  const router = useRouter();
  const settled = useResolvedUpstream();
  const [upstream, setUpstream] = useState<string | null>(null);
  const [entries, setEntries] = useState<{ key: string; value: string }[]>([]);
  const [text, setText] = useState("");
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const chosen = upstream ?? settled.id ?? "";
  const apiKey = useApiKeyStore((state) => state.keys[chosen] ?? null);
  const problems = metadataProblems(entries);

  async function create() {
    setCreating(true);
    setProblem(null);
    try {
      const conversation = await createConversation(
        { upstream: chosen, apiKey },
        {
          metadata: Object.fromEntries(entries.map((e) => [e.key, e.value])),
          items:
            text.trim() === ""
              ? []
              : [{ type: "message", role: "user", content: text }],
        },
      );
      await recordConversation(chosen, conversation, text);
      router.push(storedObjectHref("/conversations", chosen, conversation.id));
    } catch (error) {
      setProblem(
        `The conversation was not created: ${error instanceof Error ? error.message : String(error)}`,
      );
      setCreating(false);
    }
  }

  return (
    <form
      aria-label="New conversation"
      className="flex flex-col gap-3 rounded-lg border border-zinc-800 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
    >
      <h2 className="text-sm font-semibold text-zinc-200">New conversation</h2>
      <Select
        aria-label="Upstream of the new conversation"
        value={chosen}
        onChange={(event) => setUpstream(event.target.value)}
      >
        {settled.list?.data.some((entry) => entry.id === chosen) ? null : (
          <option value={chosen}>{chosen}</option>
        )}
        {settled.list?.data.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.label}
          </option>
        ))}
      </Select>
      <Textarea
        aria-label="First message"
        rows={2}
        className="font-sans text-sm"
        placeholder="First message (optional)"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <MetadataRows entries={entries} onChange={setEntries} />
      {problems.length > 0 ? (
        <ul className="text-xs text-amber-300">
          {problems.map((entry) => (
            <li key={entry}>{entry}</li>
          ))}
        </ul>
      ) : null}
      <Button
        type="submit"
        variant="primary"
        className="self-start"
        disabled={creating || chosen === "" || problems.length > 0}
      >
        <Plus /> {creating ? "Creating…" : "Create conversation"}
      </Button>
      {problem ? (
        <p role="alert" className="text-sm text-rose-300">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
