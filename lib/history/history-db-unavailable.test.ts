import { describe, expect, it } from "vitest";
import {
  listResponseHistory,
  markResponseDeleted,
  recordConversation,
  recordResponse,
} from "./history-db";
import { createTestEngine } from "@/lib/engine/testing/engine-client";

const { client } = createTestEngine();

// Node has no IndexedDB, like a browser in some private modes: history calls must resolve quietly.
describe("history without IndexedDB", () => {
  it("resolves every call and lists nothing", async () => {
    expect(typeof indexedDB).toBe("undefined");
    const response = await client.responses.create({
      model: "local-echo",
      input: "nowhere to keep this",
    });
    const conversation = await client.conversations.create({});
    await expect(recordResponse("local", response)).resolves.toBeUndefined();
    await expect(
      markResponseDeleted("local", response.id),
    ).resolves.toBeUndefined();
    await expect(
      recordConversation("local", conversation),
    ).resolves.toBeUndefined();
    expect(await listResponseHistory()).toEqual([]);
  });
});
