"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/form-controls";
import {
  metadataProblems,
  updateConversationMetadata,
} from "@/lib/queries/conversation-queries";

interface Entry {
  key: string;
  value: string;
}

function entriesOf(metadata: unknown): Entry[] {
  if (typeof metadata !== "object" || metadata === null) return [];
  return Object.entries(metadata).map(([key, value]) => ({
    key,
    value: typeof value === "string" ? value : JSON.stringify(value),
  }));
}

/** Rows of key/value pairs; what the API would refuse is said before sending. */
export function MetadataRows({
  entries,
  onChange,
}: {
  entries: Entry[];
  onChange: (entries: Entry[]) => void;
}) {
  const set = (index: number, patch: Partial<Entry>) =>
    onChange(entries.map((e, i) => (i === index ? { ...e, ...patch } : e)));
  return (
    <div className="flex flex-col gap-1.5">
      {entries.map((entry, index) => (
        <div key={index} className="flex items-center gap-1.5">
          <Input
            aria-label={`Metadata key ${index + 1}`}
            className="w-40 font-mono text-xs"
            value={entry.key}
            onChange={(event) => set(index, { key: event.target.value })}
          />
          <Input
            aria-label={`Metadata value ${index + 1}`}
            className="flex-1 font-mono text-xs"
            value={entry.value}
            onChange={(event) => set(index, { value: event.target.value })}
          />
          <Button
            variant="ghost"
            size="icon"
            aria-label={`Remove metadata key ${index + 1}`}
            onClick={() => onChange(entries.filter((_, i) => i !== index))}
          >
            <Trash2 />
          </Button>
        </div>
      ))}
      <Button
        size="sm"
        variant="ghost"
        className="self-start"
        onClick={() => onChange([...entries, { key: "", value: "" }])}
      >
        <Plus /> Metadata key
      </Button>
    </div>
  );
}

/** Edits a conversation's metadata: checked here first, and the upstream's refusal shown in words. */
export function MetadataEditor({
  id,
  upstream,
  apiKey,
  metadata,
}: {
  id: string;
  upstream: string;
  apiKey: string | null;
  metadata: unknown;
}) {
  const client = useQueryClient();
  const [entries, setEntries] = useState(() => entriesOf(metadata));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const problems = metadataProblems(entries);

  async function save() {
    setSaving(true);
    setProblem(null);
    setSaved(false);
    try {
      const next = await updateConversationMetadata(
        client,
        { id, upstream, apiKey },
        Object.fromEntries(entries.map((e) => [e.key, e.value])),
      );
      setEntries(entriesOf(next.metadata));
      setSaved(true);
    } catch (error) {
      setProblem(
        `The upstream refused the metadata: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-label="Metadata" className="flex flex-col gap-2">
      <h2 className="text-xs font-semibold tracking-wider text-zinc-500 uppercase">
        Metadata
      </h2>
      <MetadataRows
        entries={entries}
        onChange={(next) => {
          setEntries(next);
          setSaved(false);
        }}
      />
      {problems.length > 0 ? (
        <ul className="text-xs text-amber-300">
          {problems.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
      <div className="flex items-center gap-2">
        <Button
          size="sm"
          disabled={saving || problems.length > 0}
          onClick={() => void save()}
        >
          Save metadata
        </Button>
        {saved ? (
          <span role="status" className="text-xs text-emerald-300">
            Saved
          </span>
        ) : null}
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-rose-300">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
