"use client";

import { Plus, Trash2 } from "lucide-react";
import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/form-controls";
import { METADATA_LIMITS, buildMetadata } from "@/lib/request/build-params";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { FieldProblem } from "./field-problem";

/** Key/value rows for `metadata`, held to the API's limits: 16 keys, 64-character keys, 512-character values. */
export function MetadataFields() {
  const entries = useComposerStore((state) => state.draft.metadata);
  const { setField } = useComposerActions();
  const problems = useMemo(() => buildMetadata(entries).problems, [entries]);
  const set = (index: number, patch: Partial<(typeof entries)[number]>) =>
    setField(
      "metadata",
      entries.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)),
    );
  const full = entries.length >= METADATA_LIMITS.keys;
  return (
    <>
      {entries.map((entry, index) => {
        const problem = problems.find((p) =>
          p.field.startsWith(`metadata[${index}].`),
        );
        const row = `metadata row ${index + 1}`;
        return (
          <div key={index} className="flex flex-col gap-1">
            <div className="flex items-center gap-1">
              <Input
                aria-label={`Key of ${row}`}
                className="w-2/5 font-mono text-xs"
                placeholder="key"
                maxLength={METADATA_LIMITS.keyLength}
                value={entry.key}
                aria-invalid={problem?.field.endsWith(".key") || undefined}
                onChange={(event) => set(index, { key: event.target.value })}
              />
              <Input
                aria-label={`Value of ${row}`}
                className="flex-1 font-mono text-xs"
                placeholder="value"
                maxLength={METADATA_LIMITS.valueLength}
                value={entry.value}
                aria-invalid={problem?.field.endsWith(".value") || undefined}
                onChange={(event) => set(index, { value: event.target.value })}
              />
              <Button
                variant="ghost"
                size="icon"
                aria-label={`Remove ${row}`}
                onClick={() =>
                  setField(
                    "metadata",
                    entries.filter((_, i) => i !== index),
                  )
                }
              >
                <Trash2 />
              </Button>
            </div>
            {problem ? <FieldProblem>{problem.message}</FieldProblem> : null}
          </div>
        );
      })}
      <div className="flex items-center justify-between">
        <span className="text-[11px] text-zinc-500">
          {entries.length}/{METADATA_LIMITS.keys} keys · keys ≤{" "}
          {METADATA_LIMITS.keyLength}, values ≤ {METADATA_LIMITS.valueLength}{" "}
          chars
        </span>
        <Button
          variant="ghost"
          size="sm"
          disabled={full}
          onClick={() =>
            setField("metadata", [...entries, { key: "", value: "" }])
          }
        >
          <Plus /> Key
        </Button>
      </div>
    </>
  );
}
