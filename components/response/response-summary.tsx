"use client";

import { useQuery } from "@tanstack/react-query";
import type { Response as ApiResponse } from "openai/resources/responses/responses";
import type { ReactNode } from "react";
import { UsageLine } from "@/components/output/usage-line";
import { formatDuration } from "@/lib/format-duration";
import { inputTokensQuery } from "@/lib/queries/response-queries";

/** Response fields shown elsewhere on the page; every other top-level field is a request parameter it echoes. */
const shownElsewhere = new Set([
  "id",
  "object",
  "created_at",
  "completed_at",
  "status",
  "output",
  "output_text",
  "usage",
  "metadata",
  "error",
  "incomplete_details",
]);

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

function formatTime(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return "–";
  return new Date(seconds * 1000).toLocaleString();
}

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 gap-2">
      <dt className="shrink-0 font-mono text-[11px] text-zinc-500">{term}</dt>
      <dd className="min-w-0 font-mono text-[11px] break-all text-zinc-200">
        {children}
      </dd>
    </div>
  );
}

function Section({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section aria-label={label} className="flex flex-col gap-1.5">
      <h2 className="text-xs font-semibold tracking-wider text-zinc-400 uppercase">
        {label}
      </h2>
      {children}
    </section>
  );
}

/** Created, completed and how long it took. */
export function ResponseTiming({ response }: { response: ApiResponse }) {
  const { created_at: created, completed_at: completed } = response;
  return (
    <Section label="Timing">
      <dl className="flex flex-wrap gap-x-5 gap-y-1">
        <Field term="created_at">{formatTime(created)}</Field>
        <Field term="completed_at">{formatTime(completed)}</Field>
        <Field term="duration">{formatDuration(created, completed)}</Field>
      </dl>
    </Section>
  );
}

/** Every request parameter the Response echoes, as it echoes it. */
export function ResponseParameters({ response }: { response: ApiResponse }) {
  const entries = Object.entries(response).filter(
    ([key]) => !shownElsewhere.has(key),
  );
  return (
    <Section label="Parameters">
      <dl className="grid grid-cols-1 gap-y-1 sm:grid-cols-2 sm:gap-x-6">
        {entries.map(([key, value]) => (
          <Field key={key} term={key}>
            {formatValue(value)}
          </Field>
        ))}
      </dl>
    </Section>
  );
}

/** Usage as reported, with the input token count of the same input beside it. */
export function ResponseUsage({
  response,
  upstream,
}: {
  response: ApiResponse;
  upstream: string;
}) {
  const tokens = useQuery(inputTokensQuery(upstream, response.id));
  return (
    <Section label="Usage">
      <UsageLine usage={response.usage ?? null} />
      <p
        role="group"
        aria-label="Input token count"
        className="font-mono text-[11px] text-zinc-500"
      >
        input_tokens (POST /responses/input_tokens):{" "}
        <span className="text-zinc-300">
          {tokens.isPending
            ? "counting…"
            : tokens.isError
              ? `not available (${tokens.error.message})`
              : tokens.data}
        </span>
      </p>
    </Section>
  );
}

export function ResponseMetadata({ response }: { response: ApiResponse }) {
  const entries = Object.entries(response.metadata ?? {});
  return (
    <Section label="Metadata">
      {entries.length === 0 ? (
        <p className="text-xs text-zinc-500">No metadata.</p>
      ) : (
        <dl className="flex flex-wrap gap-x-5 gap-y-1">
          {entries.map(([key, value]) => (
            <Field key={key} term={key}>
              {value}
            </Field>
          ))}
        </dl>
      )}
    </Section>
  );
}
