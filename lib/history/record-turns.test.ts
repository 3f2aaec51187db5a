// An in-memory IndexedDB, installed before Dexie loads so it is the one Dexie finds.
import "fake-indexeddb/auto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { recordResponseLazily } from "./record-lazily";
import { createTestEngine } from "@/lib/engine/testing/engine-client";
import { runEventsFromResponse } from "@/lib/protocol";
import { useRunStore } from "@/lib/stores/run-store";
import {
  clearHistory,
  getResponseEntry,
  listResponseHistory,
} from "./history-db";
import { clipPreview } from "./previews";
import { recordTurnsToHistory } from "./record-turns";

// A spy that still writes: the tests count the history's writes.
vi.mock("./record-lazily", async (importOriginal) => {
  const real = await importOriginal<typeof import("./record-lazily")>();
  return { recordResponseLazily: vi.fn(real.recordResponseLazily) };
});

const { client } = createTestEngine();
let stop = recordTurnsToHistory();
afterAll(() => stop());

beforeEach(async () => {
  useRunStore.getState().actions.clearThread();
  await clearHistory();
  vi.mocked(recordResponseLazily).mockClear();
});

/** Plays a real engine response into the run store as the playground's turn runner would. */
async function playTurn(turnId: string, input: string, store?: false) {
  const body = { model: "local-echo", input, store };
  const response = await client.responses.create(body);
  const { actions } = useRunStore.getState();
  actions.startTurn({
    id: turnId,
    upstream: "local",
    request: body,
    newInput: [{ role: "user", content: input }],
  });
  actions.replaceEvents(turnId, runEventsFromResponse(response));
  actions.setPhase(turnId, "done");
  return response;
}

describe("recordTurnsToHistory", () => {
  it("records a turn's response with its input and output previews", async () => {
    const response = await playTurn("turn_1", "What is in my history?");
    await vi.waitFor(async () => {
      expect(await getResponseEntry("local", response.id)).toMatchObject({
        status: "completed",
        model: "local-echo",
        inputPreview: "What is in my history?",
        outputPreview: clipPreview(response.output_text),
      });
    });
  });

  it("leaves out responses sent with store:false", async () => {
    await playTurn("turn_unstored", "not kept", false);
    const stored = await playTurn("turn_stored", "kept");
    await vi.waitFor(async () => {
      expect(await getResponseEntry("local", stored.id)).not.toBeNull();
    });
    expect((await listResponseHistory()).map((entry) => entry.id)).toEqual([
      stored.id,
    ]);
  });

  it("writes in a later task, once, with the turn's latest snapshot", async () => {
    const response = await playTurn("turn_burst", "Many snapshots at once");
    // Started, streamed and finished within one task, as a fast stream does: nothing is written yet.
    expect(recordResponseLazily).not.toHaveBeenCalled();
    await vi.waitFor(async () => {
      expect(await getResponseEntry("local", response.id)).toMatchObject({
        status: "completed",
      });
    });
    expect(recordResponseLazily).toHaveBeenCalledTimes(1);
  });

  it("writes what is waiting at once when the page goes away", async () => {
    // A recorder that listens to a page: Node's own EventTarget stands in for the window.
    const page = new EventTarget();
    stop();
    vi.stubGlobal("window", page);
    stop = recordTurnsToHistory();
    try {
      const response = await playTurn("turn_leaving", "Closing the tab now");
      expect(recordResponseLazily).not.toHaveBeenCalled();
      page.dispatchEvent(new Event("pagehide"));
      expect(recordResponseLazily).toHaveBeenCalledTimes(1);
      await vi.waitFor(async () => {
        expect(await getResponseEntry("local", response.id)).toMatchObject({
          status: "completed",
        });
      });
      // The idle moment that follows finds nothing left to write.
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(recordResponseLazily).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
