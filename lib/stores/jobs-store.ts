import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import type { RequestBody } from "@/lib/request/build-request";

/** The request switches a job's turn re-renders with; the prompt itself stays in the draft. */
export type JobRequest = Pick<
  RequestBody,
  "model" | "store" | "background" | "stream"
>;

/** A background response the playground follows: enough to re-attach and re-render it after a reload. */
export interface Job {
  turnId: string;
  upstream: string;
  responseId: string;
  /** The response's status as last seen: "queued", "in_progress", then how it ended. */
  status: string;
  /** The last sequence number the turn's event log holds; a re-attach asks for the events after it. */
  lastSequence: number | null;
  request: JobRequest;
  /** The messages the turn sent, shown above its output. */
  newInput: Record<string, unknown>[];
  startedAt: number;
}

interface JobsActions {
  track: (job: Job) => void;
  update: (
    turnId: string,
    patch: Partial<Pick<Job, "status" | "lastSequence">>,
  ) => void;
  /** Forgets the jobs that finished; running ones stay. */
  clearFinished: () => void;
}

export interface JobsState {
  jobs: readonly Job[];
  actions: JobsActions;
}

const JOBS_VERSION = 1;

export function isJobRunning(job: Pick<Job, "status">): boolean {
  return job.status === "queued" || job.status === "in_progress";
}

function isJob(value: unknown): value is Job {
  if (typeof value !== "object" || value === null) return false;
  const job = value as Record<string, unknown>;
  return (
    typeof job.turnId === "string" &&
    typeof job.upstream === "string" &&
    typeof job.responseId === "string" &&
    typeof job.status === "string" &&
    (job.lastSequence === null || typeof job.lastSequence === "number") &&
    typeof job.request === "object" &&
    job.request !== null &&
    Array.isArray(job.newInput) &&
    typeof job.startedAt === "number"
  );
}

/** Reads persisted jobs, keeping only well-formed running ones. */
function readJobs(persisted: unknown): Job[] {
  const jobs = (persisted as { jobs?: unknown } | undefined)?.jobs;
  return Array.isArray(jobs) ? jobs.filter(isJob).filter(isJobRunning) : [];
}

/** Jobs of this tab; the running ones are persisted (never a key) so a reload re-attaches to them. */
export const useJobsStore = create<JobsState>()(
  persist(
    (set) => ({
      jobs: [],
      actions: {
        track: (job) =>
          set((state) => ({
            jobs: [...state.jobs.filter((j) => j.turnId !== job.turnId), job],
          })),
        update: (turnId, patch) =>
          set((state) => ({
            jobs: state.jobs.map((job) =>
              job.turnId === turnId ? { ...job, ...patch } : job,
            ),
          })),
        clearFinished: () =>
          set((state) => ({ jobs: state.jobs.filter(isJobRunning) })),
      },
    }),
    {
      name: "responses-playground:jobs",
      version: JOBS_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ jobs: state.jobs.filter(isJobRunning) }),
      merge: (persisted, current) => ({
        ...current,
        jobs: readJobs(persisted),
      }),
      migrate: (persisted) => ({ jobs: readJobs(persisted) }),
    },
  ),
);

export const useJobsActions = () => useJobsStore((state) => state.actions);
