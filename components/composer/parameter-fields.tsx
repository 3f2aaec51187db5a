"use client";

import {
  REASONING_EFFORTS,
  REASONING_SUMMARIES,
  type Draft,
} from "@/lib/request/draft-schema";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { ConversationField } from "./conversation-field";
import { NumberField, SelectField, ToggleField } from "./fields";

const unset = "unset";

/** Options for an enum parameter where "unset" means the parameter is not sent. */
function optionalChoices<T extends string>(values: readonly T[]) {
  return [
    { value: unset, label: "not sent" } as const,
    ...values.map((value) => ({ value, label: value })),
  ];
}

const effortOptions = optionalChoices(REASONING_EFFORTS);
const summaryOptions = optionalChoices(REASONING_SUMMARIES);

/** Sampling, limits, reasoning and the run switches (store, stream, background). */
export function ParameterFields() {
  const temperature = useComposerStore((state) => state.draft.temperature);
  const topP = useComposerStore((state) => state.draft.top_p);
  const maxOutputTokens = useComposerStore(
    (state) => state.draft.max_output_tokens,
  );
  const reasoning = useComposerStore((state) => state.draft.reasoning);
  const store = useComposerStore((state) => state.draft.store);
  const stream = useComposerStore((state) => state.draft.stream);
  const background = useComposerStore((state) => state.draft.background);
  const { setField } = useComposerActions();
  const setReasoning = (patch: Partial<Draft["reasoning"]>) =>
    setField("reasoning", { ...reasoning, ...patch });

  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <NumberField
          label="Temperature"
          value={temperature}
          min={0}
          max={2}
          step={0.1}
          onChange={(v) => setField("temperature", v)}
        />
        <NumberField
          label="Top P"
          value={topP}
          min={0}
          max={1}
          step={0.05}
          onChange={(v) => setField("top_p", v)}
        />
      </div>
      <NumberField
        label="Max output tokens"
        value={maxOutputTokens}
        min={16}
        step={1}
        placeholder="no limit"
        onChange={(v) => setField("max_output_tokens", v)}
      />
      <div className="grid grid-cols-2 gap-2">
        <SelectField
          label="Reasoning effort"
          value={reasoning.effort ?? unset}
          options={effortOptions}
          onChange={(v) => setReasoning({ effort: v === unset ? null : v })}
        />
        <SelectField
          label="Reasoning summary"
          value={reasoning.summary ?? unset}
          options={summaryOptions}
          onChange={(v) => setReasoning({ summary: v === unset ? null : v })}
        />
      </div>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        <ToggleField
          label="Store"
          checked={store}
          onChange={(v) => setField("store", v)}
          hint="Keep the response on the server (store)"
        />
        <ToggleField
          label="Stream"
          checked={stream}
          onChange={(v) => setField("stream", v)}
          hint="Server-sent events (stream)"
        />
        <ToggleField
          label="Background"
          checked={background}
          onChange={(v) => setField("background", v)}
          hint="Run without a client attached (background)"
        />
      </div>
      <ConversationField />
    </>
  );
}
