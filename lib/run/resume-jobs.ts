import { isJobRunning, useJobsStore } from "@/lib/stores/jobs-store";
import { useRunStore } from "@/lib/stores/run-store";
import { saveJobLogs, takeJobLogs } from "./job-log-cache";
import { followJob } from "./job-runner";
import { controlTurn, releaseTurn } from "./turn-controllers";

/** Keeps the event logs of the running jobs for the next load of this tab. */
export function keepRunningJobLogs(): void {
  const running = new Set(
    useJobsStore
      .getState()
      .jobs.filter(isJobRunning)
      .map((job) => job.turnId),
  );
  const logs = Object.fromEntries(
    useRunStore
      .getState()
      .turns.filter((turn) => running.has(turn.id))
      .map((turn) => [turn.id, turn.events]),
  );
  saveJobLogs(logs);
}

/**
 * After a load: puts every job that was running back into the thread, with the events this tab kept,
 * and re-attaches to it after the last one. Jobs already in the thread are left alone.
 */
export async function resumeJobs(): Promise<void> {
  const logs = await takeJobLogs();
  const { turns, actions } = useRunStore.getState();
  for (const job of useJobsStore.getState().jobs.filter(isJobRunning)) {
    if (turns.some((turn) => turn.id === job.turnId)) continue;
    const events = logs[job.turnId] ?? [];
    // Event times go on from where the kept log stopped.
    const startedAt = performance.now() - (events.at(-1)?.receivedAt ?? 0);
    actions.restoreTurn(
      {
        id: job.turnId,
        upstream: job.upstream,
        request: job.request,
        newInput: job.newInput,
        startedAt: job.startedAt,
      },
      events,
    );
    const controller = controlTurn(job.turnId);
    void followJob(job, startedAt, controller.signal).finally(() => {
      if (controller.signal.aborted)
        useRunStore.getState().actions.setPhase(job.turnId, "stopped");
      releaseTurn(job.turnId, controller);
    });
  }
}
