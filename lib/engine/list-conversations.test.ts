import OpenAI from "openai";
import type { Conversation } from "openai/resources/conversations/conversations";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestEngine } from "./testing/engine-client";

interface ConversationList {
  object: string;
  data: Conversation[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

type Query = Record<string, unknown>;

describe("GET /v1/conversations", () => {
  const { client } = createTestEngine();
  const list = (query: Query = {}) =>
    client.get<ConversationList>("/conversations", { query });
  const idsOf = (page: ConversationList) => page.data.map((c) => c.id);
  const made: Conversation[] = [];

  beforeAll(async () => {
    for (const team of ["a", "b", "a", "b"])
      made.push(
        await client.conversations.create({
          metadata: { team },
          items: [{ type: "message", role: "user", content: `hi ${team}` }],
        }),
      );
  });
  const ids = () => made.map((c) => c.id);

  it("lists conversations as retrieve returns them, newest first", async () => {
    const page = await list();
    expect(page.object).toBe("list");
    expect(idsOf(page)).toEqual([...ids()].reverse());
    expect(page.first_id).toBe(made[3]?.id);
    expect(page.last_id).toBe(made[0]?.id);
    expect(page.has_more).toBe(false);
    expect(page.data[0]).toEqual(
      await client.conversations.retrieve(made[3]?.id ?? ""),
    );
  });

  it("pages with limit and after, in either order, without gaps or repeats", async () => {
    for (const order of ["desc", "asc"] as const) {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await list({ limit: 3, order, after });
        seen.push(...idsOf(page));
        if (!page.has_more) break;
        after = page.last_id ?? undefined;
      }
      expect(seen).toEqual(order === "asc" ? ids() : [...ids()].reverse());
    }
  });

  it("filters by metadata", async () => {
    expect(idsOf(await list({ metadata: { team: "a" } }))).toEqual([
      made[2]?.id,
      made[0]?.id,
    ]);
    expect(idsOf(await list({ metadata: { team: "c" } }))).toEqual([]);
  });

  it("leaves out a deleted conversation", async () => {
    const doomed = await client.conversations.create({});
    expect(idsOf(await list())[0]).toBe(doomed.id);
    await client.conversations.delete(doomed.id);
    expect(idsOf(await list())).toEqual([...ids()].reverse());
  });

  it.each([
    [{ limit: 0 }, "limit"],
    [{ order: "newest" }, "order"],
    [{ after: "conv_unknown" }, "after"],
    [{ after: "" }, "after"],
    [{ model: "local-echo" }, "model"],
  ])("rejects %j naming %s", async (query, param) => {
    const error: unknown = await list(query).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.APIError>).param).toBe(param);
  });
});
