import fs from "node:fs";
import OpenAI from "openai";
import type { ConversationItem } from "openai/resources/conversations/items";
import { describe, expect, it } from "vitest";
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

function completedId(
  events: Awaited<ReturnType<typeof collectEvents>>,
): string {
  const last = events.at(-1);
  if (last?.type !== "response.completed")
    throw new Error("stream did not complete");
  return last.response.id;
}
