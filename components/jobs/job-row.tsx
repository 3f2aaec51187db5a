"use client";

import { Ban } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { clsx } from "clsx";
import { cancelJob } from "@/lib/run/job-runner";
import { isJobRunning, type Job } from "@/lib/stores/jobs-store";

const steps = ["Queued", "In progress", "Done"] as const;

function stepOf(status: string): number {
  if (status === "queued") return 0;
  if (status === "in_progress") return 1;
  return 2;
}

/** Queued → in progress → done, with the current step marked (and how it ended once it did). */
function JobPhases({ status }: { status: string }) {
  const current = stepOf(status);
  return (
    <ol aria-label="Phases" className="flex items-center gap-1 text-[11px]">
      {steps.map((step, index) => (
        <li
          key={step}
          aria-current={index === current ? "step" : undefined}
          className={clsx(
            "rounded px-1.5 py-0.5",
            index < current && "text-zinc-400",
            index === current &&
              "bg-sky-500/15 text-sky-200 ring-1 ring-sky-500/30",
            index > current && "text-zinc-500",
          )}
        >
          {index === 2 && current === 2
            ? `Done: ${status.replaceAll("_", " ")}`
            : step}
        </li>
      ))}
    </ol>
  );
}

/** One background job: its response id, phase, last event and a Cancel button while it runs. */
export function JobRow({ job }: { job: Job }) {
  const [cancelling, setCancelling] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const running = isJobRunning(job);
  async function cancel() {
    setCancelling(true);
    setProblem(null);
    const failure = await cancelJob(job);
    setCancelling(false);
    if (failure) setProblem(`Could not cancel: ${failure.message}`);
  }
  return (
    <li
      aria-label={job.responseId}
      className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-1.5"
    >
      <code className="font-mono text-[11px] text-zinc-400">
        {job.responseId}
      </code>
      <JobPhases status={job.status} />
      <span className="font-mono text-[11px] text-zinc-500">
        {job.lastSequence === null
          ? "no events yet"
          : `last event #${job.lastSequence}`}
      </span>
      {running ? (
        <Button
          size="sm"
          variant="ghost"
          className="ml-auto"
          disabled={cancelling}
          onClick={() => void cancel()}
        >
          <Ban /> {cancelling ? "Cancelling…" : "Cancel"}
        </Button>
      ) : null}
      {problem ? (
        <p role="alert" className="w-full text-xs text-rose-300">
          {problem}
        </p>
      ) : null}
    </li>
  );
}
