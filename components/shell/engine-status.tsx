"use client";

import { useCallback, useEffect, useState } from "react";
import { z } from "zod";

const ModelList = z.object({
  object: z.literal("list"),
  data: z.array(z.object({ id: z.string() })),
});

const ErrorBody = z.object({ error: z.object({ message: z.string() }) });

type EngineState =
  | { kind: "checking" }
  | { kind: "online"; models: number }
  | { kind: "offline"; error: string };

async function checkEngine(signal: AbortSignal): Promise<EngineState> {
  try {
    const response = await fetch("/v1/models", { signal, cache: "no-store" });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = ErrorBody.safeParse(body);
      const detail = parsed.success ? `: ${parsed.data.error.message}` : "";
      return { kind: "offline", error: `HTTP ${response.status}${detail}` };
    }
    const list = ModelList.safeParse(body);
    if (!list.success) {
      return { kind: "offline", error: "unexpected /v1/models response" };
    }
    return { kind: "online", models: list.data.data.length };
  } catch (error) {
    return {
      kind: "offline",
      error: error instanceof Error ? error.message : "request failed",
    };
  }
}

const DOT = {
  checking: "bg-zinc-500",
  online: "bg-emerald-400",
  offline: "bg-red-500",
} as const;

/** Shows whether the local engine answers at /v1, re-checked when asked. */
export function EngineStatus() {
  const [state, setState] = useState<EngineState>({ kind: "checking" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    void checkEngine(controller.signal).then((next) => {
      if (!controller.signal.aborted) setState(next);
    });
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ kind: "checking" });
    setAttempt((n) => n + 1);
  }, []);

  return (
    <div className="flex items-center gap-2">
      <p
        role="status"
        aria-label="Engine status"
        title={state.kind === "offline" ? state.error : undefined}
        className="flex max-w-72 items-center gap-1.5 rounded-md border border-zinc-800 px-2 py-1 text-zinc-300"
      >
        <span
          aria-hidden="true"
          className={`size-2 shrink-0 rounded-full ${DOT[state.kind]}`}
        />
        {state.kind === "checking" && <span>Checking engine…</span>}
        {state.kind === "online" && (
          <span>
            Engine online{" "}
            <span className="text-zinc-500">
              · {state.models} {state.models === 1 ? "model" : "models"}
            </span>
          </span>
        )}
        {state.kind === "offline" && (
          <span className="truncate">
            Engine offline{" "}
            <span className="text-zinc-500">· {state.error}</span>
          </span>
        )}
      </p>
      {state.kind === "offline" && (
        <button
          type="button"
          onClick={retry}
          className="rounded-md px-2 py-1 text-zinc-400 hover:bg-zinc-900 hover:text-zinc-200"
        >
          Retry
        </button>
      )}
    </div>
  );
}
