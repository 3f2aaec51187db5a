// An in-memory IndexedDB, installed before Dexie loads so it is the one Dexie finds.
import "fake-indexeddb/auto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
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

const { client } = createTestEngine();
const stop = recordTurnsToHistory();
afterAll(stop);

beforeEach(async () => {
  useRunStore.getState().actions.clearThread();
  await clearHistory();
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
});
