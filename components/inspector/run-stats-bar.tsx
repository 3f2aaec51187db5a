import { runStats } from "@/lib/run/event-log-export";
import { normalizeUsage } from "@/lib/protocol";
import type { Turn } from "@/lib/stores/run-store";

function format(value: number | null, unit: string, digits = 0): string {
  return value === null ? "–" : `${value.toFixed(digits)} ${unit}`;
}

/** The run's speed: time to first byte and token, total time, events, output tokens per second. */
export function RunStatsBar({ turn }: { turn: Turn }) {
  const stats = runStats(
    turn.timings,
    turn.events.length,
    normalizeUsage(turn.tree.usage)?.output ?? null,
  );
  const entries = [
    ["TTFB", format(stats.firstByte, "ms")],
    ["TTFT", format(stats.firstToken, "ms")],
    ["Total", format(stats.total, "ms")],
    ["Events", String(stats.events)],
    ["Tok/s", format(stats.tokensPerSecond, "", 1).trim()],
  ] as const;
  return (
    <dl
      aria-label="Run statistics"
      className="grid grid-cols-5 border-b border-zinc-800 text-center"
    >
      {entries.map(([label, value]) => (
        <div
          key={label}
          className="border-r border-zinc-800 px-1 py-1.5 last:border-r-0"
        >
          <dt className="text-[10px] tracking-wider text-zinc-500 uppercase">
            {label}
          </dt>
          <dd className="font-mono text-xs text-zinc-200">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
