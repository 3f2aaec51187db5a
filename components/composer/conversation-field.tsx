"use client";

import { Input } from "@/components/ui/form-controls";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { Field } from "./fields";

/** The conversation id the playground sends within; while set, previous_response_id is not sent. */
export function ConversationField() {
  const conversation = useComposerStore((state) => state.draft.conversation);
  const store = useComposerStore((state) => state.draft.store);
  const { setField } = useComposerActions();
  // With store:false the API reads the conversation but adds nothing to it.
  const hint =
    conversation.trim() && !store
      ? "read only while Store is off"
      : "conversation (replaces chaining)";
  return (
    <Field label="Conversation" hint={hint}>
      {(id, hintId) => (
        <Input
          id={id}
          aria-describedby={hintId}
          className="font-mono text-xs"
          placeholder="conv_… (not sent)"
          value={conversation}
          onChange={(event) => setField("conversation", event.target.value)}
        />
      )}
    </Field>
  );
}
