import { describe, expect, it } from "vitest";
import { createTestEngine } from "@/lib/engine/testing/engine-client";
import type { ConversationHistoryEntry } from "./history-db";
import { mergeConversations } from "./merge-history";

const { client } = createTestEngine();

describe("mergeConversations", () => {
  it("merges the engine's list into the browser's conversations, newest first", async () => {
    const fromSdk = await client.conversations.create({
      metadata: { made: "by a script" },
    });
    const fromPlayground = await client.conversations.create({
      metadata: { made: "in the playground", renamed: "later" },
    });
    const local: ConversationHistoryEntry[] = [
      {
        upstream: "local",
        id: fromPlayground.id,
        createdAt: fromPlayground.created_at * 1000,
        metadata: { made: "in the playground" },
        preview: "Plan a picnic",
        deleted: false,
      },
      {
        upstream: "openai",
        id: "conv_elsewhere",
        createdAt: 5,
        metadata: {},
        preview: "",
        deleted: true,
      },
    ];
    const listed = await client.get<{ data: (typeof fromSdk)[] }>(
      "/conversations",
    );

    const merged = mergeConversations(local, {
      upstream: "local",
      conversations: listed.data,
    });

    // Both were made within a second or two: newest first, then by id.
    const engineOrder = [fromPlayground, fromSdk]
      .sort((a, b) => b.created_at - a.created_at || a.id.localeCompare(b.id))
      .map((c) => ["local", c.id]);
    expect(merged.map((e) => [e.upstream, e.id])).toEqual([
      ...engineOrder,
      ["openai", "conv_elsewhere"],
    ]);
    const byId = (id: string) => merged.find((e) => e.id === id);
    // The engine's metadata is the newer word; the preview only the browser knows.
    expect(byId(fromPlayground.id)).toMatchObject({
      metadata: { made: "in the playground", renamed: "later" },
      preview: "Plan a picnic",
      deleted: false,
    });
    expect(byId(fromSdk.id)).toEqual({
      upstream: "local",
      id: fromSdk.id,
      createdAt: fromSdk.created_at * 1000,
      metadata: { made: "by a script" },
      preview: "",
      deleted: false,
    });
    expect(merged[2]?.deleted).toBe(true);
  });

  it("keeps the browser's list when no upstream lists conversations", () => {
    const only: ConversationHistoryEntry = {
      upstream: "openai",
      id: "conv_a",
      createdAt: 1,
      metadata: {},
      preview: "",
      deleted: false,
    };
    expect(mergeConversations([only], null)).toEqual([only]);
  });
});
