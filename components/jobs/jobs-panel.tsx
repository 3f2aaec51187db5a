"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { keepRunningJobLogs, resumeJobs } from "@/lib/run/resume-jobs";
import {
  isJobRunning,
  useJobsActions,
  useJobsStore,
} from "@/lib/stores/jobs-store";
import { JobRow } from "./job-row";

/**
 * The background jobs of this tab: each one's phase and a Cancel button. On load it re-attaches to
 * the jobs that were running, and it keeps their event logs while the page unloads.
 */
export function JobsPanel() {
  const jobs = useJobsStore((state) => state.jobs);
  const { clearFinished } = useJobsActions();
  // The jobs live in localStorage, which the server render cannot see.
  const loaded = useHydrated();

  useEffect(() => {
    void resumeJobs();
    window.addEventListener("pagehide", keepRunningJobLogs);
    return () => window.removeEventListener("pagehide", keepRunningJobLogs);
  }, []);

  if (!loaded || jobs.length === 0) return null;
  const running = jobs.filter(isJobRunning).length;
  return (
    <section
      aria-label="Jobs"
      className="shrink-0 border-b border-zinc-800 bg-zinc-950/60"
    >
      <div className="flex h-8 items-center gap-2 px-3">
        <h2 className="text-xs font-semibold tracking-wider text-zinc-500 uppercase">
          Jobs
        </h2>
        <span className="text-xs text-zinc-500">{running} running</span>
        {running < jobs.length ? (
          <Button
            size="sm"
            variant="ghost"
            className="ml-auto"
            onClick={clearFinished}
          >
            Clear finished
          </Button>
        ) : null}
      </div>
      <ul aria-label="Background jobs" className="max-h-40 overflow-y-auto">
        {jobs.map((job) => (
          <JobRow key={job.turnId} job={job} />
        ))}
      </ul>
    </section>
  );
}
