"use client";

import type { ResponseOutputText } from "openai/resources/responses/responses";
import { useState } from "react";

type Logprob = ResponseOutputText.Logprob;

function percent(logprob: number): string {
  const p = Math.exp(logprob) * 100;
  return p >= 99.95 ? "100%" : p < 0.1 ? "<0.1%" : `${p.toFixed(1)}%`;
}

/** Likely tokens green, unlikely ones red: the hue follows the probability. */
function heat(logprob: number): string {
  const hue = Math.round(Math.exp(logprob) * 120);
  return `hsl(${hue} 70% 40% / 0.45)`;
}

/** Whitespace made visible, so a token that is a space or a newline can be seen and hovered. */
function visible(token: string): string {
  return token.replaceAll("\n", "↵\n");
}

function describe(entry: Logprob): string {
  const alternatives = entry.top_logprobs
    .filter((alt) => alt.token !== entry.token)
    .map((alt) => `${JSON.stringify(alt.token)} ${percent(alt.logprob)}`);
  return `${JSON.stringify(entry.token)} ${percent(entry.logprob)}${
    alternatives.length > 0 ? `; alternatives: ${alternatives.join(", ")}` : ""
  }`;
}

/**
 * The tokens of an output_text part coloured by probability; hovering or focusing one shows its alternatives
 * in one shared panel (one panel, not one tooltip per token, keeps long answers light).
 */
export function LogprobHeatmap({ logprobs }: { logprobs: readonly Logprob[] }) {
  const [active, setActive] = useState<number | null>(null);
  const current = active === null ? undefined : logprobs[active];
  const pick = (target: EventTarget) => {
    const index =
      target instanceof HTMLElement ? target.dataset.index : undefined;
    if (index !== undefined) setActive(Number(index));
  };
  return (
    <details open className="text-xs">
      <summary className="cursor-pointer text-zinc-400 select-none hover:text-zinc-200">
        Token probabilities ({logprobs.length} tokens)
      </summary>
      <div
        role="group"
        aria-label="Token probabilities"
        className="mt-1 font-mono leading-6 whitespace-pre-wrap text-zinc-100"
        onMouseOver={(event) => pick(event.target)}
        onFocus={(event) => pick(event.target)}
      >
        {logprobs.map((entry, index) => (
          <span
            key={index}
            data-index={index}
            tabIndex={0}
            title={describe(entry)}
            aria-label={describe(entry)}
            style={{ backgroundColor: heat(entry.logprob) }}
            className="rounded-sm outline-sky-400 focus-visible:outline-2"
          >
            {visible(entry.token)}
          </span>
        ))}
      </div>
      <p
        aria-live="polite"
        className="mt-1 min-h-5 rounded border border-zinc-800 bg-zinc-950/60 px-2 py-0.5 font-mono text-[11px] text-zinc-300"
      >
        {current ? (
          <TokenDetail entry={current} />
        ) : (
          "Hover or focus a token to see its alternatives."
        )}
      </p>
    </details>
  );
}

function TokenDetail({ entry }: { entry: Logprob }) {
  return (
    <>
      <span className="text-zinc-100">{JSON.stringify(entry.token)}</span>{" "}
      {percent(entry.logprob)} (logprob {entry.logprob.toFixed(3)})
      {entry.top_logprobs.length > 0 ? " · top: " : null}
      {entry.top_logprobs.map((alt, index) => (
        <span
          key={index}
          className={alt.token === entry.token ? "text-emerald-300" : undefined}
        >
          {index > 0 ? ", " : ""}
          {JSON.stringify(alt.token)} {percent(alt.logprob)}
        </span>
      ))}
    </>
  );
}
