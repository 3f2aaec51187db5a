"use client";

import { useQuery } from "@tanstack/react-query";
import { Input, Select } from "@/components/ui/form-controls";
import type { PublicUpstream } from "@/lib/api/upstream";
import { modelsQuery, upstreamsQuery } from "@/lib/queries/upstream-queries";
import { useApiKeyStore } from "@/lib/stores/api-key-store";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { Field } from "./fields";
import { useUpstreamFallback } from "./use-upstream-fallback";

/** What the key field says of an upstream: whether the server holds a key, or the upstream needs one at all. */
function keyField({ hasKey, needsKey }: PublicUpstream) {
  if (hasKey)
    return {
      hint: "optional: server key set",
      placeholder: "Use the server's key",
    };
  return needsKey
    ? { hint: "needed", placeholder: "sk-…" }
    : { hint: "optional", placeholder: "No key needed" };
}

/** Upstream, bring-your-own-key and model: where the request goes and what it asks for. */
export function UpstreamFields() {
  const upstream = useComposerStore((state) => state.draft.upstream);
  const model = useComposerStore((state) => state.draft.model);
  const { setField } = useComposerActions();
  const apiKey = useApiKeyStore((state) => state.keys[upstream] ?? "");
  const setKey = useApiKeyStore((state) => state.setKey);
  const upstreams = useQuery(upstreamsQuery());
  const current = upstreams.data?.data.find((entry) => entry.id === upstream);
  const fallbackNote = useUpstreamFallback(upstream, upstreams.data);
  const models = useQuery(modelsQuery(upstream, apiKey || null));
  const modelIds = [
    ...new Set([...(models.data ?? []), ...(current?.models ?? [])]),
  ];

  return (
    <>
      <Field label="Upstream" hint={current ? current.kind : undefined}>
        {(id, hintId) => (
          <Select
            id={id}
            aria-describedby={hintId}
            value={upstream}
            onChange={(event) => setField("upstream", event.target.value)}
          >
            {current ? null : (
              <option value={upstream}>{upstream || "Loading…"}</option>
            )}
            {upstreams.data?.data.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {fallbackNote ? (
        <p role="note" className="text-xs text-amber-300">
          {fallbackNote}
        </p>
      ) : null}
      {current && current.kind !== "local" ? (
        <Field label="API key" hint={keyField(current).hint}>
          {(id, hintId) => (
            <Input
              id={id}
              aria-describedby={hintId}
              type="password"
              autoComplete="off"
              placeholder={keyField(current).placeholder}
              value={apiKey}
              onChange={(event) => setKey(upstream, event.target.value)}
            />
          )}
        </Field>
      ) : null}
      <Field
        label="Model"
        hint={
          models.isError
            ? "could not list models"
            : modelIds.length
              ? `${modelIds.length} listed`
              : undefined
        }
      >
        {(id, hintId) => (
          <>
            <Input
              id={id}
              aria-describedby={hintId}
              list={`${id}-options`}
              spellCheck={false}
              className="font-mono"
              value={model}
              onChange={(event) => setField("model", event.target.value)}
            />
            <datalist id={`${id}-options`}>
              {modelIds.map((modelId) => (
                <option key={modelId} value={modelId} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      {current &&
      models.isSuccess &&
      modelIds.length > 0 &&
      model &&
      !modelIds.includes(model) ? (
        // The model stays when the upstream changes, and the last one's model is seldom one this one serves.
        <p role="note" className="text-xs text-amber-300">
          {current.label} lists no model named {model}.
        </p>
      ) : null}
    </>
  );
}
