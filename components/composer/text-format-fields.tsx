"use client";

import { Input, Textarea } from "@/components/ui/form-controls";
import type { DraftTextFormat } from "@/lib/request/draft-schema";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { Field, SelectField, ToggleField } from "./fields";

const formatOptions = [
  { value: "text", label: "text" },
  { value: "json_object", label: "JSON object" },
  { value: "json_schema", label: "JSON schema" },
] as const;

const exampleSchema = JSON.stringify(
  {
    type: "object",
    properties: { answer: { type: "string" } },
    required: ["answer"],
    additionalProperties: false,
  },
  null,
  2,
);

function formatOfType(type: DraftTextFormat["type"]): DraftTextFormat {
  if (type === "json_schema")
    return { type, name: "answer", schemaJson: exampleSchema, strict: true };
  return { type };
}

/** `text.format`: plain text, any JSON object, or JSON matching a schema. */
export function TextFormatFields() {
  const format = useComposerStore((state) => state.draft.textFormat);
  const { setField } = useComposerActions();
  return (
    <>
      <SelectField
        label="Text format"
        value={format.type}
        options={formatOptions}
        onChange={(type) => setField("textFormat", formatOfType(type))}
      />
      {format.type === "json_schema" ? (
        <>
          <Field label="Schema name">
            {(id) => (
              <Input
                id={id}
                className="font-mono"
                value={format.name}
                onChange={(event) =>
                  setField("textFormat", {
                    ...format,
                    name: event.target.value,
                  })
                }
              />
            )}
          </Field>
          <Field label="JSON schema">
            {(id) => (
              <Textarea
                id={id}
                rows={6}
                spellCheck={false}
                value={format.schemaJson}
                onChange={(event) =>
                  setField("textFormat", {
                    ...format,
                    schemaJson: event.target.value,
                  })
                }
              />
            )}
          </Field>
          <ToggleField
            label="Strict"
            checked={format.strict}
            onChange={(strict) => setField("textFormat", { ...format, strict })}
          />
        </>
      ) : null}
    </>
  );
}
