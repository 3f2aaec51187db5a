"use client";

import { useMemo } from "react";
import { buildPrompt } from "@/lib/request/build-params";
import { PROMPT_CACHE_RETENTIONS } from "@/lib/request/draft";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { OptionalSelectField, TextAreaField, TextField } from "./fields";
import { useSupportNote } from "./use-support-note";

/** A stored prompt template: its id, version and variables. */
export function PromptTemplateFields() {
  const prompt = useComposerStore((state) => state.draft.prompt);
  const { setField } = useComposerActions();
  const note = useSupportNote();
  const problems = useMemo(() => buildPrompt(prompt).problems, [prompt]);
  const problemOf = (field: string) =>
    problems.find((problem) => problem.field === field)?.message ?? null;
  return (
    <>
      <div className="grid grid-cols-[1fr_5rem] gap-2">
        <TextField
          label="Prompt id"
          hint={note("prompt")}
          mono
          placeholder="pmpt_..."
          value={prompt.id}
          onChange={(id) => setField("prompt", { ...prompt, id })}
        />
        <TextField
          label="Version"
          mono
          value={prompt.version}
          onChange={(version) => setField("prompt", { ...prompt, version })}
        />
      </div>
      {problemOf("prompt.id") ? (
        <p className="text-xs text-amber-300">{problemOf("prompt.id")}</p>
      ) : null}
      <TextAreaField
        label="Prompt variables (JSON)"
        rows={2}
        placeholder='{"city": "Paris"}'
        value={prompt.variablesJson}
        problem={problemOf("prompt.variables")}
        onChange={(variablesJson) =>
          setField("prompt", { ...prompt, variablesJson })
        }
      />
    </>
  );
}

/** Prompt caching and the end-user identifier for abuse detection. */
export function CacheIdentityFields() {
  const key = useComposerStore((state) => state.draft.promptCacheKey);
  const retention = useComposerStore(
    (state) => state.draft.promptCacheRetention,
  );
  const safety = useComposerStore((state) => state.draft.safetyIdentifier);
  const { setField } = useComposerActions();
  const note = useSupportNote();
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <TextField
          label="Prompt cache key"
          hint={note("prompt_cache")}
          mono
          value={key}
          onChange={(v) => setField("promptCacheKey", v)}
        />
        <OptionalSelectField
          label="Cache retention"
          value={retention}
          values={PROMPT_CACHE_RETENTIONS}
          onChange={(v) => setField("promptCacheRetention", v)}
        />
      </div>
      <TextField
        label="Safety identifier"
        hint={note("safety_identifier")}
        mono
        placeholder="hashed user id"
        value={safety}
        onChange={(v) => setField("safetyIdentifier", v)}
      />
    </>
  );
}
