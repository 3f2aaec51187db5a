"use client";

import { Textarea } from "@/components/ui/form-controls";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { Field } from "./fields";
import { MetadataFields } from "./metadata-fields";
import { ReasoningFields, RunFields, SamplingFields } from "./parameter-fields";
import { CacheIdentityFields, PromptTemplateFields } from "./prompt-fields";
import { Section } from "./section";
import { IncludeFields, TextFormatFields } from "./text-format-fields";
import { ToolsPanel } from "./tools-panel";
import { UpstreamFields } from "./upstream-fields";

function InstructionsField() {
  const instructions = useComposerStore((state) => state.draft.instructions);
  const { setField } = useComposerActions();
  return (
    <Field label="Instructions" hint="not carried over between turns">
      {(id, hintId) => (
        <Textarea
          id={id}
          aria-describedby={hintId}
          rows={3}
          placeholder="You are a helpful assistant."
          value={instructions}
          onChange={(event) => setField("instructions", event.target.value)}
        />
      )}
    </Field>
  );
}

/** Everything about the request except the input: the left column, in collapsible groups. */
export function SettingsSidebar() {
  const metadataCount = useComposerStore(
    (state) => state.draft.metadata.length,
  );
  return (
    <aside
      aria-label="Request settings"
      className="min-h-0 overflow-y-auto border-zinc-800 bg-zinc-950 lg:border-r"
    >
      <Section title="Endpoint">
        <UpstreamFields />
      </Section>
      <Section title="Prompt">
        <InstructionsField />
      </Section>
      <Section title="Parameters">
        <SamplingFields />
        <ReasoningFields />
        <RunFields />
      </Section>
      <Section title="Output">
        <TextFormatFields />
        <IncludeFields />
      </Section>
      <ToolsPanel />
      <Section
        title="Metadata"
        badge={metadataCount > 0 ? String(metadataCount) : undefined}
      >
        <MetadataFields />
      </Section>
      <Section title="Prompt template & caching" defaultOpen={false}>
        <PromptTemplateFields />
        <CacheIdentityFields />
      </Section>
    </aside>
  );
}
