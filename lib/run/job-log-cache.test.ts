import { beforeEach, describe, expect, it, vi } from "vitest";
import { toRunEvent } from "@/lib/protocol";
import { saveJobLogs, takeJobLogs } from "./job-log-cache";

// Node has no sessionStorage; a Map-backed one behaves as the browser's does for these calls.
const storage = vi.hoisted(() => {
  const items = new Map<string, string>();
  const session = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
  Object.assign(globalThis, { sessionStorage: session });
  return session;
});

function delta(sequence: number, index: number) {
  return toRunEvent(
    {
      event: "response.output_text.delta",
      data: JSON.stringify({
        type: "response.output_text.delta",
        sequence_number: sequence,
        delta: " word",
      }),
    },
    index,
    index * 10,
  );
}

describe("job log cache", () => {
  beforeEach(() => storage.clear());

  it("gives back each running job's streamed events as they were received, once", async () => {
    const events = [delta(0, 0), delta(1, 1), delta(2, 2)];
    saveJobLogs({ "turn-1": events, "turn-2": [] });
    const restored = await takeJobLogs();
    expect(restored["turn-1"]).toEqual(events);
    expect(restored["turn-2"]).toEqual([]);
    expect(await takeJobLogs()).toEqual({});
  });

  it("leaves out events rebuilt from a polled snapshot", async () => {
    saveJobLogs({
      "turn-1": [delta(0, 0), { ...delta(1, 1), synthetic: true }],
    });
    expect(
      (await takeJobLogs())["turn-1"]?.map((event) => event.sequenceNumber),
    ).toEqual([0]);
  });

  it("drops what it cannot read", async () => {
    storage.setItem("responses-playground:job-logs", "{not json");
    expect(await takeJobLogs()).toEqual({});
    storage.setItem(
      "responses-playground:job-logs",
      JSON.stringify({ "turn-1": [{ event: 3 }] }),
    );
    expect(await takeJobLogs()).toEqual({});
  });
});
