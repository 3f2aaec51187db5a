import { beforeEach, describe, expect, it, vi } from "vitest";
import { useJobsStore, type Job } from "./jobs-store";

// Node has no localStorage; a Map-backed one lets the store persist as it does in a browser.
const storage = vi.hoisted(() => {
  const items = new Map<string, string>();
  const local = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
  Object.assign(globalThis, { localStorage: local });
  return local;
});

const storageKey = "responses-playground:jobs";

function job(turnId: string, status: string): Job {
  return {
    turnId,
    upstream: "local",
    responseId: `resp_${turnId}`,
    status,
    lastSequence: null,
    request: { model: "local-echo", background: true, stream: true },
    newInput: [{ role: "user", content: "/words 3000" }],
    startedAt: 1,
  };
}

function persistedJobs(): unknown {
  const text = storage.getItem(storageKey);
  return text === null ? null : (JSON.parse(text) as { state: unknown }).state;
}

const actions = () => useJobsStore.getState().actions;

describe("jobs store", () => {
  beforeEach(() => useJobsStore.setState({ jobs: [] }));

  it("persists only the running jobs, with their last sequence number", () => {
    actions().track(job("a", "queued"));
    actions().track(job("b", "in_progress"));
    actions().update("a", { status: "in_progress", lastSequence: 41 });
    actions().update("b", { status: "completed", lastSequence: 900 });
    expect(persistedJobs()).toEqual({
      jobs: [{ ...job("a", "in_progress"), lastSequence: 41 }],
    });
    expect(useJobsStore.getState().jobs).toHaveLength(2);
  });

  it("tracks a job once per turn", () => {
    actions().track(job("a", "queued"));
    actions().track({ ...job("a", "in_progress"), lastSequence: 3 });
    expect(useJobsStore.getState().jobs).toEqual([
      { ...job("a", "in_progress"), lastSequence: 3 },
    ]);
  });

  it("clears finished jobs and keeps running ones", () => {
    actions().track(job("a", "cancelled"));
    actions().track(job("b", "in_progress"));
    actions().clearFinished();
    expect(useJobsStore.getState().jobs.map((j) => j.turnId)).toEqual(["b"]);
  });

  it("reads back well-formed running jobs and drops the rest", async () => {
    storage.setItem(
      storageKey,
      JSON.stringify({
        version: 1,
        state: {
          jobs: [
            job("ok", "in_progress"),
            job("done", "completed"),
            { turnId: "broken" },
            "junk",
          ],
        },
      }),
    );
    await useJobsStore.persist.rehydrate();
    expect(useJobsStore.getState().jobs.map((j) => j.turnId)).toEqual(["ok"]);
  });
});
