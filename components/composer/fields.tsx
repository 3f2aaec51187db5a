"use client";

import { useId, type ReactNode } from "react";
import {
  Checkbox,
  Input,
  Label,
  Select,
  Textarea,
} from "@/components/ui/form-controls";
import { ProblemUnder, problemProps } from "./field-problem";

/** A labelled control; `children` gets the control's id and, when there is a hint, the hint's id to describe it by. */
export function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (id: string, hintId: string | undefined) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    // At the bottom of its cell, so side-by-side controls line up when one label's hint wraps and the other's does not.
    <div className="flex flex-col justify-end gap-1">
      <div className="flex items-baseline justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        {hint ? (
          <span id={hintId} className="text-[11px] text-zinc-500">
            {hint}
          </span>
        ) : null}
      </div>
      {children(id, hintId)}
    </div>
  );
}

/** A number parameter where an empty box means "not sent". */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step,
  placeholder = "default",
  hint,
}: {
  label: string;
  hint?: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
  step?: number;
  placeholder?: string;
}) {
  return (
    <Field label={label} hint={hint}>
      {(id, hintId) => (
        <Input
          id={id}
          aria-describedby={hintId}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          placeholder={placeholder}
          value={value ?? ""}
          onChange={(event) => {
            const parsed = event.target.valueAsNumber;
            onChange(Number.isFinite(parsed) ? parsed : null);
          }}
        />
      )}
    </Field>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hint,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: string;
}) {
  return (
    <Field label={label} hint={hint}>
      {(id, hintId) => (
        <Select
          id={id}
          aria-describedby={hintId}
          value={value}
          onChange={(event) => onChange(event.target.value as T)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

export function ToggleField({
  label,
  checked,
  onChange,
  hint,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  const hintId = useId();
  return (
    <>
      <label
        className="flex items-center gap-2 text-sm text-zinc-300"
        title={hint}
      >
        <Checkbox
          checked={checked}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      {/* The tooltip, for screen readers: outside the label, so it is not part of the checkbox's name. */}
      {hint ? (
        <span id={hintId} className="sr-only">
          {hint}
        </span>
      ) : null}
    </>
  );
}

/** Options for an enum parameter where "unset" means the parameter is not sent. */
const UNSET = "unset";
function optionalChoices<T extends string>(values: readonly T[]) {
  return [
    { value: UNSET, label: "not sent" } as const,
    ...values.map((value) => ({ value, label: value })),
  ];
}

/** A select over `values` plus "not sent" (null). */
export function OptionalSelectField<T extends string>({
  label,
  value,
  values,
  onChange,
  hint,
}: {
  label: string;
  value: T | null;
  values: readonly T[];
  onChange: (value: T | null) => void;
  hint?: string;
}) {
  return (
    <SelectField<T | typeof UNSET>
      label={label}
      hint={hint}
      value={value ?? UNSET}
      options={optionalChoices(values)}
      onChange={(v) => onChange(v === UNSET ? null : v)}
    />
  );
}

/** A one-line text field, with the problem of its value shown under it. */
export function TextField({
  label,
  value,
  onChange,
  placeholder,
  hint,
  problem,
  mono = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  hint?: string;
  problem?: string | null;
  mono?: boolean;
}) {
  return (
    <Field label={label} hint={hint}>
      {(id, hintId) => (
        <>
          <Input
            id={id}
            className={mono ? "font-mono" : undefined}
            spellCheck={false}
            placeholder={placeholder}
            value={value}
            {...problemProps(id, problem, hintId)}
            onChange={(event) => onChange(event.target.value)}
          />
          <ProblemUnder controlId={id} problem={problem} />
        </>
      )}
    </Field>
  );
}

/** A multi-line JSON or list box, with the problem of its value shown under it (and tied to it for screen readers). */
export function TextAreaField({
  label,
  value,
  onChange,
  placeholder,
  rows = 3,
  problem,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  rows?: number;
  problem?: string | null;
  hint?: string;
}) {
  return (
    <Field label={label} hint={hint}>
      {(id, hintId) => (
        <>
          <Textarea
            id={id}
            rows={rows}
            spellCheck={false}
            placeholder={placeholder}
            value={value}
            {...problemProps(id, problem, hintId)}
            onChange={(event) => onChange(event.target.value)}
          />
          <ProblemUnder controlId={id} problem={problem} />
        </>
      )}
    </Field>
  );
}
