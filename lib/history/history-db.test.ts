// An in-memory IndexedDB, installed before Dexie loads so it is the one Dexie finds.
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { createTestEngine } from "@/lib/engine/testing/engine-client";
import {
  clearHistory,
  getResponseEntry,
  listConversationHistory,
  listResponseHistory,
  markConversationDeleted,
  markResponseDeleted,
  recordConversation,
  recordResponse,
} from "./history-db";
import { clipPreview } from "./previews";

// Real Response and Conversation objects, made by the local engine through the official SDK.
const { client } = createTestEngine();

function echo(input: string, extra: Record<string, unknown> = {}) {
  return client.responses.create({ model: "local-echo", input, ...extra });
}

beforeEach(() => clearHistory());

describe("recordResponse", () => {
  it("stores every field of the entry from a Response", async () => {
    const first = await echo("hello there");
    const response = await echo("second turn", {
      previous_response_id: first.id,
      metadata: { topic: "weather" },
    });
    await recordResponse("local", response, "second turn");
    expect(await getResponseEntry("local", response.id)).toEqual({
      upstream: "local",
      id: response.id,
      model: "local-echo",
      status: "completed",
      createdAt: response.created_at * 1000,
      inputPreview: "second turn",
      outputPreview: clipPreview(response.output_text),
      metadata: { topic: "weather" },
      deleted: false,
      background: false,
      previousResponseId: first.id,
      conversationId: null,
    });
  });

  it("records the conversation a response belongs to", async () => {
    const conversation = await client.conversations.create({});
    const response = await echo("in a conversation", {
      conversation: conversation.id,
    });
    await recordResponse("local", response);
    const entry = await getResponseEntry("local", response.id);
    expect(entry?.conversationId).toBe(conversation.id);
  });

  it("keeps one entry per upstream and id, updating it in place", async () => {
    const response = await echo("upsert me");
    await recordResponse("local", response, "upsert me");
    await recordResponse("local", { ...response, status: "incomplete" });
    await recordResponse("other", response);
    const entries = await listResponseHistory();
    expect(entries.map((e) => [e.upstream, e.status])).toEqual(
      expect.arrayContaining([
        ["local", "incomplete"],
        ["other", "completed"],
      ]),
    );
    expect(entries).toHaveLength(2);
    // A later record without an input preview keeps the one it had.
    expect((await getResponseEntry("local", response.id))?.inputPreview).toBe(
      "upsert me",
    );
  });

  it("keeps the output preview when a later snapshot has no output yet", async () => {
    const response = await echo("keep my output");
    await recordResponse("local", response);
    await recordResponse("local", { ...response, output: [] });
    const entry = await getResponseEntry("local", response.id);
    expect(entry?.outputPreview).toBe(clipPreview(response.output_text));
  });

  it("clips previews to 200 characters with whitespace collapsed", async () => {
    const long = `${"word ".repeat(100)}\n\n end`;
    const response = await echo(long);
    await recordResponse("local", response, long);
    const entry = await getResponseEntry("local", response.id);
    expect(entry?.inputPreview).toHaveLength(200);
    expect(entry?.inputPreview.endsWith("…")).toBe(true);
    expect(entry?.inputPreview).not.toContain("  ");
    expect(entry?.outputPreview.length).toBeLessThanOrEqual(200);
  });

  it("lists responses newest first", async () => {
    const response = await echo("order");
    await recordResponse("local", { ...response, id: "resp_old" });
    await recordResponse("local", {
      ...response,
      id: "resp_new",
      created_at: response.created_at + 60,
    });
    await recordResponse("local", {
      ...response,
      id: "resp_mid",
      created_at: response.created_at + 30,
    });
    const ids = (await listResponseHistory()).map((entry) => entry.id);
    expect(ids).toEqual(["resp_new", "resp_mid", "resp_old"]);
  });
});

describe("markResponseDeleted", () => {
  it("marks the entry deleted, and a late snapshot does not revive it", async () => {
    const response = await echo("delete me");
    await recordResponse("local", response);
    await markResponseDeleted("local", response.id);
    expect((await getResponseEntry("local", response.id))?.deleted).toBe(true);
    await recordResponse("local", response);
    expect((await getResponseEntry("local", response.id))?.deleted).toBe(true);
  });

  it("does nothing for an id the history does not know", async () => {
    await markResponseDeleted("local", "resp_unknown");
    expect(await getResponseEntry("local", "resp_unknown")).toBeNull();
  });
});

describe("conversations", () => {
  it("records, lists and marks a conversation deleted", async () => {
    const conversation = await client.conversations.create({
      metadata: { project: "demo" },
    });
    await recordConversation("local", conversation, "First question");
    await recordConversation("local", conversation);
    expect(await listConversationHistory()).toEqual([
      {
        upstream: "local",
        id: conversation.id,
        createdAt: conversation.created_at * 1000,
        metadata: { project: "demo" },
        preview: "First question",
        deleted: false,
      },
    ]);
    await markConversationDeleted("local", conversation.id);
    const [entry] = await listConversationHistory();
    expect(entry?.deleted).toBe(true);
  });
});
