"use client";

import {
  REASONING_EFFORTS,
  REASONING_SUMMARIES,
  SERVICE_TIERS,
  TRUNCATIONS,
  type Draft,
} from "@/lib/request/draft";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { ConversationField } from "./conversation-field";
import { NumberField, OptionalSelectField, ToggleField } from "./fields";
import { useSupportNote } from "./use-support-note";

/** Temperature, top_p, output and logprob limits. */
export function SamplingFields() {
  const temperature = useComposerStore((state) => state.draft.temperature);
  const topP = useComposerStore((state) => state.draft.top_p);
  const maxOutputTokens = useComposerStore(
    (state) => state.draft.max_output_tokens,
  );
  const topLogprobs = useComposerStore((state) => state.draft.topLogprobs);
  // The API returns logprobs only when `include` asks for them, so a count alone shows nothing.
  const logprobsIncluded = useComposerStore((state) =>
    state.draft.include.includes("message.output_text.logprobs"),
  );
  const { setField } = useComposerActions();
  const note = useSupportNote();
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <NumberField
          label="Temperature"
          hint={note("sampling")}
          value={temperature}
          min={0}
          max={2}
          step={0.1}
          onChange={(v) => setField("temperature", v)}
        />
        <NumberField
          label="Top P"
          hint={note("sampling")}
          value={topP}
          min={0}
          max={1}
          step={0.05}
          onChange={(v) => setField("top_p", v)}
        />
      </div>
      <div className="grid grid-cols-2 gap-2">
        <NumberField
          label="Max output tokens"
          value={maxOutputTokens}
          min={16}
          step={1}
          placeholder="no limit"
          onChange={(v) => setField("max_output_tokens", v)}
        />
        <NumberField
          label="Top logprobs"
          hint={
            topLogprobs !== null && !logprobsIncluded
              ? "⚠ needs include logprobs"
              : undefined
          }
          value={topLogprobs}
          min={0}
          max={20}
          step={1}
          onChange={(v) => setField("topLogprobs", v)}
        />
      </div>
    </>
  );
}

/** Reasoning effort and summary. */
export function ReasoningFields() {
  const reasoning = useComposerStore((state) => state.draft.reasoning);
  const { setField } = useComposerActions();
  const note = useSupportNote();
  const setReasoning = (patch: Partial<Draft["reasoning"]>) =>
    setField("reasoning", { ...reasoning, ...patch });
  return (
    <div className="grid grid-cols-2 gap-2">
      <OptionalSelectField
        label="Reasoning effort"
        hint={note("reasoning")}
        value={reasoning.effort}
        values={REASONING_EFFORTS}
        onChange={(effort) => setReasoning({ effort })}
      />
      <OptionalSelectField
        label="Reasoning summary"
        value={reasoning.summary}
        values={REASONING_SUMMARIES}
        onChange={(summary) => setReasoning({ summary })}
      />
    </div>
  );
}

/** How the request runs: store, stream (and its options), background, truncation and service tier. */
export function RunFields() {
  const store = useComposerStore((state) => state.draft.store);
  const stream = useComposerStore((state) => state.draft.stream);
  const background = useComposerStore((state) => state.draft.background);
  const obfuscation = useComposerStore(
    (state) => state.draft.includeObfuscation,
  );
  const truncation = useComposerStore((state) => state.draft.truncation);
  const serviceTier = useComposerStore((state) => state.draft.serviceTier);
  const { setField } = useComposerActions();
  const note = useSupportNote();
  return (
    <>
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
      {stream ? (
        <OptionalSelectField
          label="Stream obfuscation"
          hint={note("stream_options") ?? "stream_options.include_obfuscation"}
          value={obfuscation === null ? null : obfuscation ? "on" : "off"}
          values={["on", "off"] as const}
          onChange={(v) =>
            setField("includeObfuscation", v === null ? null : v === "on")
          }
        />
      ) : null}
      <div className="grid grid-cols-2 gap-2">
        <OptionalSelectField
          label="Truncation"
          hint={note("truncation")}
          value={truncation}
          values={TRUNCATIONS}
          onChange={(v) => setField("truncation", v)}
        />
        <OptionalSelectField
          label="Service tier"
          hint={note("service_tier")}
          value={serviceTier}
          values={SERVICE_TIERS}
          onChange={(v) => setField("serviceTier", v)}
        />
      </div>
    </>
  );
}
