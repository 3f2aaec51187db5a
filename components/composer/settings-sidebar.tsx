"use client";

import { Textarea } from "@/components/ui/form-controls";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { Field, Section } from "./fields";
import { ParameterFields } from "./parameter-fields";
import { TextFormatFields } from "./text-format-fields";
import { ToolsFields } from "./tools-fields";
import { UpstreamFields } from "./upstream-fields";

function InstructionsField() {
  const instructions = useComposerStore((state) => state.draft.instructions);
  const { setField } = useComposerActions();
  return (
    <Field label="Instructions" hint="not carried over between turns">
      {(id) => (
        <Textarea
          id={id}
          rows={3}
          placeholder="You are a helpful assistant."
          value={instructions}
          onChange={(event) => setField("instructions", event.target.value)}
        />
      )}
    </Field>
  );
}

/** Everything about the request except the messages: the left column of the playground. */
export function SettingsSidebar() {
  return (
    <aside
      aria-label="Request settings"
      className="min-h-0 overflow-y-auto border-r border-zinc-800 bg-zinc-950"
    >
      <Section title="Endpoint">
        <UpstreamFields />
      </Section>
      <Section title="Prompt">
        <InstructionsField />
      </Section>
      <Section title="Parameters">
        <ParameterFields />
        <TextFormatFields />
      </Section>
      <ToolsFields />
    </aside>
  );
}
