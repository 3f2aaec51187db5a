import OpenAI from "openai";
import type { ConversationItem } from "openai/resources/conversations/items";
import { describe, expect, it } from "vitest";
import { createTestEngine } from "./testing/engine-client";
import { createInContextAndAlone } from "./testing/fixtures";

const te = createTestEngine();
const { client } = te;

function itemId(item: ConversationItem | undefined): string {
  return item && "id" in item && typeof item.id === "string" ? item.id : "";
}

async function listAll(
  conversationId: string,
  query: { order?: "asc" | "desc"; limit?: number } = {},
) {
  const items: ConversationItem[] = [];
  for await (const item of client.conversations.items.list(
    conversationId,
    query,
  ))
    items.push(item);
  return items;
}

describe("conversations", () => {
  it("create with items and metadata, then retrieve", async () => {
    const conv = await client.conversations.create({
      metadata: { topic: "tests" },
      items: [
        { type: "message", role: "user", content: "first item" },
        { type: "message", role: "assistant", content: "second item" },
      ],
    });
    expect(conv.id).toMatch(/^conv_/);
    expect(conv.object).toBe("conversation");
    expect(Number.isInteger(conv.created_at)).toBe(true);
    expect(conv.metadata).toEqual({ topic: "tests" });

    const retrieved = await client.conversations.retrieve(conv.id);
    expect(retrieved).toEqual(conv);

    const items = await listAll(conv.id, { order: "asc" });
    expect(items).toHaveLength(2);
    expect(items.map((item) => item.type)).toEqual(["message", "message"]);
    for (const item of items) expect(itemId(item).length).toBeGreaterThan(0);
  });

  it("create with no body gives an empty conversation", async () => {
    const conv = await client.conversations.create();
    expect(conv.object).toBe("conversation");
    expect(await listAll(conv.id)).toEqual([]);
  });

  it("update replaces metadata", async () => {
    const conv = await client.conversations.create({ metadata: { a: "1" } });
    const updated = await client.conversations.update(conv.id, {
      metadata: { b: "2" },
    });
    expect(updated.id).toBe(conv.id);
    expect(updated.metadata).toEqual({ b: "2" });
    expect((await client.conversations.retrieve(conv.id)).metadata).toEqual({
      b: "2",
    });
  });

  it("delete answers deleted:true and the conversation is gone", async () => {
    const conv = await client.conversations.create();
    const deleted = await client.conversations.delete(conv.id);
    expect(deleted).toEqual({
      id: conv.id,
      object: "conversation.deleted",
      deleted: true,
    });
    await expect(client.conversations.retrieve(conv.id)).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
    await expect(
      client.conversations.items.list(conv.id),
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it("an unknown conversation is a 404", async () => {
    await expect(
      client.conversations.retrieve("conv_missing"),
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });
});

describe("conversation items", () => {
  it("items.create appends items and returns them as a list", async () => {
    const conv = await client.conversations.create({
      items: [{ role: "user", content: "one" }],
    });
    const added = await client.conversations.items.create(conv.id, {
      items: [
        { type: "message", role: "user", content: "two" },
        { type: "message", role: "user", content: "three" },
      ],
    });
    expect(added.object).toBe("list");
    expect(added.data).toHaveLength(2);
    expect(added.first_id).toBe(itemId(added.data[0]));
    expect(added.last_id).toBe(itemId(added.data[1]));
    expect(added.has_more).toBe(false);
    expect(await listAll(conv.id)).toHaveLength(3);
  });

  it("list pages like input items: default desc, asc, limit + after", async () => {
    const conv = await client.conversations.create({
      items: Array.from({ length: 7 }, (_, i) => ({
        type: "message" as const,
        role: "user" as const,
        content: `item ${i}`,
      })),
    });
    const asc = await listAll(conv.id, { order: "asc" });
    const desc = await listAll(conv.id);
    expect(asc).toHaveLength(7);
    expect(desc.map(itemId)).toEqual([...asc.map(itemId)].reverse());

    const firstPage = await client.conversations.items.list(conv.id, {
      order: "asc",
      limit: 3,
    });
    expect(firstPage.data.map(itemId)).toEqual(asc.slice(0, 3).map(itemId));
    expect(firstPage.has_more).toBe(true);
    expect(firstPage.last_id).toBe(itemId(asc[2]));
    const second = await client.conversations.items.list(conv.id, {
      order: "asc",
      limit: 3,
      after: firstPage.last_id,
    });
    expect(second.data.map(itemId)).toEqual(asc.slice(3, 6).map(itemId));
    const third = await client.conversations.items.list(conv.id, {
      order: "asc",
      limit: 3,
      after: second.last_id,
    });
    expect(third.data.map(itemId)).toEqual(asc.slice(6).map(itemId));
    expect(third.has_more).toBe(false);

    const withInclude = await client.conversations.items.list(conv.id, {
      limit: 2,
      include: ["message.output_text.logprobs"],
    });
    expect(withInclude.data).toHaveLength(2);

    const paged = await listAll(conv.id, { order: "asc", limit: 2 });
    expect(paged.map(itemId)).toEqual(asc.map(itemId));
  });

  it("retrieve and delete a single item; delete returns the Conversation", async () => {
    const conv = await client.conversations.create({
      items: [
        { role: "user", content: "keep" },
        { role: "user", content: "drop" },
      ],
    });
    const [keep, drop] = await listAll(conv.id, { order: "asc" });
    if (!keep || !drop) throw new Error("items missing");

    const retrieved = await client.conversations.items.retrieve(itemId(drop), {
      conversation_id: conv.id,
    });
    expect(retrieved).toEqual(drop);
    expect(retrieved.type).toBe("message");

    const afterDelete = await client.conversations.items.delete(itemId(drop), {
      conversation_id: conv.id,
    });
    expect(afterDelete.id).toBe(conv.id);
    expect(afterDelete.object).toBe("conversation");
    expect((await listAll(conv.id)).map(itemId)).toEqual([itemId(keep)]);
    await expect(
      client.conversations.items.retrieve(itemId(drop), {
        conversation_id: conv.id,
      }),
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });
});

describe("responses in a conversation", () => {
  it("a response appends its input and output to the conversation", async () => {
    const conv = await client.conversations.create();
    const response = await client.responses.create({
      model: "local-echo",
      conversation: conv.id,
      input: "hello conversation",
    });
    expect(response.status).toBe("completed");
    expect(response.conversation?.id).toBe(conv.id);

    const items = await listAll(conv.id, { order: "asc" });
    expect(items).toHaveLength(2);
    const [input, output] = items;
    expect(input?.type === "message" ? input.role : undefined).toBe("user");
    expect(output?.type).toBe("message");
    expect(output && itemId(output)).toBe(response.output[0]?.id);
  });

  it("a second response in the same conversation sees the first", async () => {
    const conv = await client.conversations.create();
    const first = await client.responses.create({
      model: "local-echo",
      conversation: { id: conv.id },
      input: "turn one",
    });
    const { inContext: second, alone } = await createInContextAndAlone(
      client,
      { conversation: conv.id },
      "turn two",
    );

    expect(first.output_text).toContain("turn one");
    expect(second.output_text).toContain("turn two");
    expect(second.output_text).not.toBe(alone.output_text);
    expect(second.output_text.length).toBeGreaterThan(alone.output_text.length);
    expect(second.usage?.input_tokens).toBeGreaterThan(
      alone.usage?.input_tokens ?? Infinity,
    );
    expect(await listAll(conv.id)).toHaveLength(4);
  });

  it("items added with items.create are seen by the next response", async () => {
    const conv = await client.conversations.create();
    await client.conversations.items.create(conv.id, {
      items: [
        {
          type: "message",
          role: "user",
          content: "background facts ".repeat(20),
        },
      ],
    });
    const { inContext: withHistory, alone } = await createInContextAndAlone(
      client,
      { conversation: conv.id },
      "question",
    );
    expect(withHistory.output_text.length).toBeGreaterThan(
      alone.output_text.length,
    );
  });

  it("a streamed response in a conversation appends its items too", async () => {
    const conv = await client.conversations.create();
    const stream = await client.responses.create({
      model: "local-echo",
      conversation: conv.id,
      input: "streamed turn",
      stream: true,
    });
    for await (const event of stream) void event;
    const items = await listAll(conv.id);
    expect(items).toHaveLength(2);
  });

  it("a store:false response reads the conversation but adds nothing to it", async () => {
    const conv = await client.conversations.create({
      items: [{ type: "message", role: "user", content: "kept" }],
    });
    const response = await client.responses.create({
      model: "local-echo",
      conversation: conv.id,
      input: "not kept",
      store: false,
    });
    expect(response.conversation?.id).toBe(conv.id);
    expect(response.output_text).toContain("2 items");
    expect(await listAll(conv.id)).toHaveLength(1);
  });

  it("an unknown conversation on create is a 404", async () => {
    await expect(
      client.responses.create({
        model: "local-echo",
        conversation: "conv_missing",
        input: "x",
      }),
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });
});
