import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import Database from "better-sqlite3";
import OpenAI from "openai";
import type { ConversationItem } from "openai/resources/conversations/items";
import { describe, expect, it, vi } from "vitest";
import { collectEvents, createTestEngine } from "./testing/engine-client";
import { startLongBackground } from "./testing/fixtures";

function itemIds(items: ConversationItem[]): string[] {
  return items.map((item) =>
    "id" in item && typeof item.id === "string" ? item.id : "",
  );
}

describe("restart on the same database file", () => {
  it("finds responses, input items and conversations written by a previous engine", async () => {
    const a = createTestEngine();
    const plain = await a.client.responses.create({
      model: "local-echo",
      input: [
        { role: "user", content: "persist me" },
        { role: "user", content: "and me" },
      ],
      metadata: { durable: "yes" },
    });
    const streamed = completedId(
      await collectEvents(
        await a.client.responses.create({
          model: "local-echo",
          input: "streamed persist",
          stream: true,
        }),
      ),
    );
    const chained = await a.client.responses.create({
      model: "local-echo",
      previous_response_id: plain.id,
      input: "follow-up",
    });
    const conv = await a.client.conversations.create({
      metadata: { kept: "true" },
    });
    await a.client.responses.create({
      model: "local-echo",
      conversation: conv.id,
      input: "conversation turn",
    });
    const convItems = (
      await a.client.conversations.items.list(conv.id, { order: "asc" })
    ).data;
    const inputItems = (
      await a.client.responses.inputItems.list(plain.id, { order: "asc" })
    ).data;
    a.close();
    expect(fs.existsSync(a.dbPath)).toBe(true);

    const b = createTestEngine({ dbPath: a.dbPath });
    const plainAgain = await b.client.responses.retrieve(plain.id);
    expect(plainAgain.output).toEqual(plain.output);
    expect(plainAgain.usage).toEqual(plain.usage);
    expect(plainAgain.metadata).toEqual({ durable: "yes" });

    const streamedAgain = await b.client.responses.retrieve(streamed);
    expect(streamedAgain.status).toBe("completed");

    const inputAgain = (
      await b.client.responses.inputItems.list(plain.id, { order: "asc" })
    ).data;
    expect(inputAgain).toEqual(inputItems);

    expect((await b.client.conversations.retrieve(conv.id)).metadata).toEqual({
      kept: "true",
    });
    const convAgain = (
      await b.client.conversations.items.list(conv.id, { order: "asc" })
    ).data;
    expect(itemIds(convAgain)).toEqual(itemIds(convItems));
    expect(convAgain).toHaveLength(2);

    // Chains keep working across the restart.
    const afterRestart = await b.client.responses.create({
      model: "local-echo",
      previous_response_id: chained.id,
      input: "after restart",
    });
    expect(afterRestart.status).toBe("completed");
    const alone = await b.client.responses.create({
      model: "local-echo",
      input: "after restart",
    });
    expect(afterRestart.output_text.length).toBeGreaterThan(
      alone.output_text.length,
    );

    // A conversation can be continued by the new engine.
    await b.client.responses.create({
      model: "local-echo",
      conversation: conv.id,
      input: "second turn after restart",
    });
    expect(
      (await b.client.conversations.items.list(conv.id)).data,
    ).toHaveLength(4);
    b.close();
  });

  it("a background response interrupted by the restart is not left in progress", async () => {
    const a = createTestEngine({ tokensPerSecond: 200 });
    const created = await startLongBackground(a.client);
    a.close();

    const b = createTestEngine({ dbPath: a.dbPath });
    const after = await b.client.responses.retrieve(created.id);
    expect(["failed", "cancelled", "incomplete"]).toContain(after.status);
    // Replaying its events ends instead of waiting for a run that no longer exists.
    const events = await collectEvents(
      await b.client.responses.retrieve(created.id, { stream: true }),
    );
    expect(events[0]?.type).toBe("response.created");
    expect(events.some((event) => event.type === "response.completed")).toBe(
      false,
    );
    b.close();
  });

  it("an engine opening a file another live engine uses leaves that engine's background responses running", async () => {
    const a = createTestEngine({ tokensPerSecond: 200 });
    const created = await startLongBackground(a.client);
    const b = createTestEngine({ dbPath: a.dbPath });
    expect(["queued", "in_progress"]).toContain(
      (await b.client.responses.retrieve(created.id)).status,
    );
    // The run goes on in the first engine, and the second reads what it writes.
    await a.client.responses.cancel(created.id);
    expect((await b.client.responses.retrieve(created.id)).status).toBe(
      "cancelled",
    );
    a.close();
    b.close();
  });

  it("an engine still open fails a background response whose engine stopped, without a restart", async () => {
    const a = createTestEngine({ tokensPerSecond: 200 });
    const b = createTestEngine({ dbPath: a.dbPath, orphanSweepMs: 20 });
    const created = await startLongBackground(a.client);
    a.close();
    await vi.waitFor(async () =>
      expect((await b.client.responses.retrieve(created.id)).status).toBe(
        "failed",
      ),
    );
    const events = await collectEvents(
      await b.client.responses.retrieve(created.id, { stream: true }),
    );
    expect(
      events.filter((event) => event.type === "response.failed"),
    ).toHaveLength(1);
    expect(events.at(-1)?.type).toBe("response.failed");
    b.close();
  });

  it("a deletion made before the restart stays deleted", async () => {
    const a = createTestEngine();
    const gone = await a.client.responses.create({
      model: "local-echo",
      input: "to be deleted",
    });
    await a.client.responses.delete(gone.id);
    a.close();

    const b = createTestEngine({ dbPath: a.dbPath });
    await expect(b.client.responses.retrieve(gone.id)).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
    b.close();
  });
});

describe("page size", () => {
  const pageSize = (dbPath: string): number => {
    const db = new Database(dbPath, { readonly: true });
    try {
      return db.pragma("page_size", { simple: true }) as number;
    } finally {
      db.close();
    }
  };

  it("a new database gets 8 KB pages; one made with 4 KB pages keeps them and keeps working", async () => {
    const fresh = createTestEngine();
    await fresh.client.responses.create({ model: "local-echo", input: "hi" });
    fresh.close();
    expect(pageSize(fresh.dbPath)).toBe(8192);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-4k-"));
    const dbPath = path.join(dir, "engine.sqlite");
    const old = new Database(dbPath);
    old.pragma("page_size = 4096");
    old.pragma("journal_mode = WAL");
    old.close();
    const engine = createTestEngine({ dbPath });
    const created = await engine.client.responses.create({
      model: "local-echo",
      input: "on 4 KB pages",
    });
    expect(
      (await engine.client.responses.retrieve(created.id)).output_text,
    ).toBe(created.output_text);
    engine.close();
    expect(pageSize(dbPath)).toBe(4096);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

function completedId(
  events: Awaited<ReturnType<typeof collectEvents>>,
): string {
  const last = events.at(-1);
  if (last?.type !== "response.completed")
    throw new Error("stream did not complete");
  return last.response.id;
}
