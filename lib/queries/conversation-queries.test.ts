import { QueryClient } from "@tanstack/react-query";
import type { ConversationItem } from "openai/resources/conversations/items";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { UpstreamRequestError } from "@/lib/api/api-client";
import { createTestEngine } from "@/lib/engine/testing/engine-client";
import {
  continueConversation,
  conversationItemsQuery,
  conversationKeys,
  conversationQuery,
  createConversation,
  deleteConversationItem,
  itemsPagePath,
  loadedItems,
  metadataProblems,
  nextItemsCursor,
  updateConversationMetadata,
} from "./conversation-queries";

// The proxy's path maps onto the real engine in-process, so the helpers run against the real API.
const te = createTestEngine();
const proxyPrefix = "/api/proxy/local/v1/";

beforeAll(() => {
  vi.stubGlobal(
    "fetch",
    (input: string | URL | Request, init?: RequestInit) => {
      const url =
        typeof input === "string"
          ? input
          : input instanceof URL
            ? input.href
            : input.url;
      if (!url.startsWith(proxyPrefix)) throw new Error(`unexpected ${url}`);
      return te.engineFetch(`/v1/${url.slice(proxyPrefix.length)}`, init);
    },
  );
});
afterAll(() => vi.unstubAllGlobals());

const call = { upstream: "local", apiKey: null };

function idOf(item: ConversationItem): string {
  return "id" in item && typeof item.id === "string" ? item.id : "";
}

function newClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

describe("pure helpers", () => {
  it("asks for pages oldest first, after a cursor when there is one", () => {
    expect(itemsPagePath("conv_1", { after: null })).toBe(
      "conversations/conv_1/items?limit=20&order=asc",
    );
    expect(
      itemsPagePath("conv/1", { after: "msg_9", limit: 5, order: "desc" }),
    ).toBe("conversations/conv%2F1/items?limit=5&order=desc&after=msg_9");
  });

  it("has a next cursor only while there are more items", () => {
    expect(nextItemsCursor({ has_more: true, last_id: "msg_3" })).toBe("msg_3");
    expect(
      nextItemsCursor({ has_more: false, last_id: "msg_3" }),
    ).toBeUndefined();
  });

  it("keys a conversation and its items apart, by upstream and id", () => {
    expect(conversationKeys.conversation("local", "conv_1")).toEqual([
      "local",
      "conversation",
      "conv_1",
    ]);
    expect(conversationKeys.items("local", "conv_1")).toEqual([
      "local",
      "conversation-items",
      "conv_1",
    ]);
  });

  it("says what the API would refuse in metadata", () => {
    expect(metadataProblems([{ key: "topic", value: "tests" }])).toEqual([]);
    const many = Array.from({ length: 17 }, (_, i) => ({
      key: `k${i}`,
      value: "v",
    }));
    expect(metadataProblems(many)).toEqual([
      "At most 16 keys are allowed; there are 17.",
    ]);
    expect(metadataProblems([{ key: "k".repeat(65), value: "v" }])[0]).toMatch(
      /longer than 64 characters/,
    );
    expect(metadataProblems([{ key: "k", value: "v".repeat(513) }])[0]).toMatch(
      /longer than 512 characters/,
    );
    expect(
      metadataProblems([
        { key: "", value: "v" },
        { key: "a", value: "1" },
        { key: "a", value: "2" },
      ]),
    ).toEqual(["Every key needs a name.", 'The key "a" appears twice.']);
  });
});

describe("against the engine", () => {
  it("pages through every item of a conversation, in order, once", async () => {
    const items = Array.from({ length: 25 }, (_, i) => ({
      type: "message" as const,
      role: "user" as const,
      content: `item ${i}`,
    }));
    const conversation = await createConversation(call, {
      items: items.slice(0, 20),
    });
    await te.client.conversations.items.create(conversation.id, {
      items: items.slice(20),
    });
    const client = newClient();
    const options = conversationItemsQuery("local", conversation.id, null);
    await client.fetchInfiniteQuery(options);
    let data = client.getQueryData(options.queryKey);
    expect(loadedItems(data?.pages)).toHaveLength(20);
    expect(data?.pages[0]?.has_more).toBe(true);
    await client.fetchInfiniteQuery({ ...options, pages: 2 });
    data = client.getQueryData(options.queryKey);
    const loaded = loadedItems(data?.pages);
    expect(loaded).toHaveLength(25);
    expect(new Set(loaded.map(idOf)).size).toBe(25);
    expect(data?.pages[1]?.has_more).toBe(false);
  });

  it("an unknown conversation fails with the upstream's 404 in words", async () => {
    const client = newClient();
    const error: unknown = await client
      .fetchQuery(conversationQuery("local", "conv_missing", null))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamRequestError);
    expect((error as UpstreamRequestError).status).toBe(404);
    expect((error as UpstreamRequestError).message).toMatch(/conv_missing/);
  });

  it("updating metadata changes the cached conversation and not its items", async () => {
    const conversation = await createConversation(call, {
      metadata: { topic: "a" },
    });
    const target = { ...call, id: conversation.id };
    const client = newClient();
    await client.fetchQuery(conversationQuery("local", conversation.id, null));
    await client.fetchInfiniteQuery(
      conversationItemsQuery("local", conversation.id, null),
    );
    await updateConversationMetadata(client, target, { topic: "b" });
    expect(
      client.getQueryData(
        conversationKeys.conversation("local", conversation.id),
      ),
    ).toMatchObject({ metadata: { topic: "b" } });
    expect(
      client.getQueryState(conversationKeys.items("local", conversation.id))
        ?.isInvalidated,
    ).toBe(false);
  });

  it("the upstream's refusal of bad metadata comes back in words", async () => {
    const conversation = await createConversation(call, {});
    const error: unknown = await updateConversationMetadata(
      newClient(),
      { ...call, id: conversation.id },
      { ["k".repeat(65)]: "v" },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamRequestError);
    expect((error as UpstreamRequestError).status).toBe(400);
    expect((error as UpstreamRequestError).message).toMatch(/64 characters/);
  });

  it("deleting an item and continuing the conversation invalidate only its items", async () => {
    const conversation = await createConversation(call, {
      items: [{ type: "message", role: "user", content: "first" }],
    });
    const target = { ...call, id: conversation.id };
    const client = newClient();
    await client.fetchQuery(conversationQuery("local", conversation.id, null));
    const options = conversationItemsQuery("local", conversation.id, null);
    await client.fetchInfiniteQuery(options);
    const response = await continueConversation(client, target, {
      model: "local-echo",
      input: [{ role: "user", content: "second" }],
    });
    expect(response.conversation?.id).toBe(conversation.id);
    const itemsState = () =>
      client.getQueryState(conversationKeys.items("local", conversation.id));
    const conversationState = () =>
      client.getQueryState(
        conversationKeys.conversation("local", conversation.id),
      );
    expect(itemsState()?.isInvalidated).toBe(true);
    expect(conversationState()?.isInvalidated).toBe(false);

    await client.fetchInfiniteQuery(options);
    const items = loadedItems(client.getQueryData(options.queryKey)?.pages);
    expect(items.map((item) => item.type)).toEqual([
      "message",
      "message",
      "message",
    ]);
    const first = items[0];
    await deleteConversationItem(client, target, first ? idOf(first) : "");
    expect(itemsState()?.isInvalidated).toBe(true);
    expect(conversationState()?.isInvalidated).toBe(false);
    await client.fetchInfiniteQuery(options);
    expect(
      loadedItems(client.getQueryData(options.queryKey)?.pages).map(idOf),
    ).toEqual(items.slice(1).map(idOf));
  });
});
