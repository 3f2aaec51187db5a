"use client";

import { useId, useMemo } from "react";
import { Checkbox } from "@/components/ui/form-controls";
import { buildText } from "@/lib/request/build-params";
import { useJsonSchemaChecker } from "@/lib/request/json-schema-check";
import {
  INCLUDABLES,
  VERBOSITIES,
  type DraftTextFormat,
  type Includable,
} from "@/lib/request/draft";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import {
  OptionalSelectField,
  SelectField,
  TextAreaField,
  TextField,
  ToggleField,
} from "./fields";
import { useIncludeNote, useSupportNote } from "./use-support-note";

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

/** `text.format` (plain text, any JSON object, or JSON matching an ajv-checked schema) and `text.verbosity`. */
export function TextFormatFields() {
  const format = useComposerStore((state) => state.draft.textFormat);
  const verbosity = useComposerStore((state) => state.draft.textVerbosity);
  const { setField } = useComposerActions();
  const note = useSupportNote();
  const checkerReady = useJsonSchemaChecker();
  const problems = useMemo(
    () => buildText({ textFormat: format, textVerbosity: null }).problems,
    // The schema is checked again once the checker has loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [format, checkerReady],
  );
  const problemOf = (field: string) =>
    problems.find((problem) => problem.field === field)?.message ?? null;
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <SelectField
          label="Text format"
          value={format.type}
          options={formatOptions}
          onChange={(type) => setField("textFormat", formatOfType(type))}
        />
        <OptionalSelectField
          label="Verbosity"
          hint={note("verbosity")}
          value={verbosity}
          values={VERBOSITIES}
          onChange={(v) => setField("textVerbosity", v)}
        />
      </div>
      {format.type === "json_object" ? (
        <p className="text-xs text-zinc-500">
          The API refuses JSON mode unless an input message says
          &ldquo;json&rdquo;; instructions alone do not count.
        </p>
      ) : null}
      {format.type === "json_schema" ? (
        <>
          <TextField
            label="Schema name"
            mono
            value={format.name}
            onChange={(name) => setField("textFormat", { ...format, name })}
          />
          {problemOf("text.format.name") ? (
            <p className="text-xs text-amber-300">
              {problemOf("text.format.name")}
            </p>
          ) : null}
          <TextAreaField
            label="JSON schema"
            rows={6}
            value={format.schemaJson}
            problem={problemOf("text.format.schema")}
            onChange={(schemaJson) =>
              setField("textFormat", { ...format, schemaJson })
            }
          />
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

/** One `include` value's checkbox, with a mark beside it when the upstream ignores the value. */
function IncludeOption({
  value,
  included,
  onChange,
  hint,
}: {
  value: Includable;
  included: boolean;
  onChange: (included: boolean) => void;
  hint: string | undefined;
}) {
  const hintId = useId();
  return (
    <div className="flex items-center justify-between gap-2">
      <label className="flex min-w-0 items-center gap-2 font-mono text-[11px] break-all text-zinc-300">
        <Checkbox
          checked={included}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        {value}
      </label>
      {/* Beside the label, not in it, so the checkbox's name stays the value. */}
      {hint ? (
        <span className="shrink-0 text-[11px] text-zinc-500" title={hint}>
          <span aria-hidden>⚠</span>
          <span id={hintId} className="sr-only">
            {hint}
          </span>
        </span>
      ) : null}
    </div>
  );
}

/** `include[]`: every extra the API can add to a response. */
export function IncludeFields() {
  const include = useComposerStore((state) => state.draft.include);
  const { setField } = useComposerActions();
  const note = useSupportNote();
  const valueNote = useIncludeNote();
  const legendNote =
    note("include") ??
    (INCLUDABLES.some((value) => valueNote(value))
      ? "⚠ marks what the upstream ignores"
      : undefined);
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 flex w-full justify-between text-xs font-medium text-zinc-400">
        Include
        {legendNote ? (
          <span className="text-[11px] font-normal text-zinc-500">
            {legendNote}
          </span>
        ) : null}
      </legend>
      {INCLUDABLES.map((value) => (
        <IncludeOption
          key={value}
          value={value}
          included={include.includes(value)}
          hint={valueNote(value)}
          onChange={(included) =>
            setField(
              "include",
              included
                ? INCLUDABLES.filter((v) => v === value || include.includes(v))
                : include.filter((v) => v !== value),
            )
          }
        />
      ))}
    </fieldset>
  );
}
