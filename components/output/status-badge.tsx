import { clsx } from "clsx";

const tones: Record<string, string> = {
  completed: "bg-emerald-500/15 text-emerald-300 ring-emerald-500/30",
  in_progress: "bg-sky-500/15 text-sky-300 ring-sky-500/30",
  streaming: "bg-sky-500/15 text-sky-300 ring-sky-500/30",
  sending: "bg-sky-500/15 text-sky-300 ring-sky-500/30",
  polling: "bg-sky-500/15 text-sky-300 ring-sky-500/30",
  queued: "bg-zinc-500/15 text-zinc-300 ring-zinc-500/30",
  incomplete: "bg-amber-500/15 text-amber-300 ring-amber-500/30",
  stopped: "bg-amber-500/15 text-amber-300 ring-amber-500/30",
  cancelled: "bg-amber-500/15 text-amber-300 ring-amber-500/30",
  failed: "bg-rose-500/15 text-rose-300 ring-rose-500/30",
  errored: "bg-rose-500/15 text-rose-300 ring-rose-500/30",
};

/** A status word in the colour of its outcome. */
export function StatusBadge({
  status,
  className,
}: {
  status: string;
  className?: string;
}) {
  return (
    <span
      className={clsx(
        "inline-flex items-center rounded px-1.5 py-0.5 font-mono text-[11px] ring-1",
        tones[status] ?? "bg-zinc-500/15 text-zinc-300 ring-zinc-500/30",
        className,
      )}
    >
      {status.replaceAll("_", " ")}
    </span>
  );
}
