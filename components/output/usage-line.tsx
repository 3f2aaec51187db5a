import { normalizeUsage } from "@/lib/protocol";

const fields = [
  ["input", "input"],
  ["cached", "cached"],
  ["output", "output"],
  ["reasoning", "reasoning"],
  ["total", "total"],
] as const;

/** Token usage as the response reported it: input, cached, output, reasoning, total. */
export function UsageLine({ usage }: { usage: unknown }) {
  const normalized = normalizeUsage(usage);
  if (!normalized) return null;
  return (
    <dl
      aria-label="Token usage"
      className="flex flex-wrap gap-x-3 gap-y-1 font-mono text-[11px] text-zinc-500"
    >
      {fields.map(([key, label]) => (
        <div key={key} className="flex gap-1">
          <dt>{label}</dt>
          <dd className="text-zinc-300">{normalized[key] ?? "–"}</dd>
        </div>
      ))}
    </dl>
  );
}
