import { QueryClient } from "@tanstack/react-query";
import type { ResponseInputItem } from "openai/resources/responses/responses";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestEngine } from "@/lib/engine/testing/engine-client";
import { UpstreamRequestError } from "@/lib/api/api-client";
import {
  fetchAllInputItems,
  inputItemsQuery,
  inputTokensBody,
  inputTokensQuery,
  nextPageCursor,
  pageSearch,
  responseKey,
  responseQuery,
} from "./response-queries";

const te = createTestEngine();
const { client } = te;
const proxyPrefix = "/api/proxy/local/v1/";

// The browser's calls go to the app's proxy; here they reach the real engine in-process instead.
beforeAll(() => {
  vi.stubGlobal(
    "fetch",
    (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (!url.startsWith(proxyPrefix)) throw new TypeError("fetch failed");
      return te.engineFetch(`/v1/${url.slice(proxyPrefix.length)}`, init);
    },
  );
});
afterAll(() => vi.unstubAllGlobals());

const messages: ResponseInputItem[] = Array.from({ length: 45 }, (_, i) => ({
  type: "message",
  role: i % 2 === 0 ? "user" : "assistant",
  content: `message number ${i}`,
}));

describe("pagination helpers", () => {
  it("asks for a page with limit and order, and after only past the first page", () => {
    expect(pageSearch("asc", null)).toBe("limit=20&order=asc");
    expect(pageSearch("desc", "msg_9", 100)).toBe(
      "limit=100&order=desc&after=msg_9",
    );
  });

  it("follows last_id while has_more, and stops at the end", () => {
    expect(
      nextPageCursor({ has_more: true, last_id: "msg_2", data: [] }),
    ).toBeUndefined();
    expect(
      nextPageCursor({
        has_more: true,
        last_id: "msg_2",
        data: [{ id: "msg_2" } as never],
      }),
    ).toBe("msg_2");
    expect(
      nextPageCursor({
        has_more: false,
        last_id: "msg_2",
        data: [{ id: "msg_2" } as never],
      }),
    ).toBeUndefined();
  });
});

describe("response queries against the engine", () => {
  it("keys every query of a response under [upstream, 'response', id]", () => {
    const key = responseKey("local", "resp_1");
    expect(responseQuery("local", "resp_1").queryKey).toEqual(key);
    expect(
      inputItemsQuery("local", "resp_1", "asc").queryKey.slice(0, 3),
    ).toEqual(key);
    expect(inputTokensQuery("local", "resp_1").queryKey.slice(0, 3)).toEqual(
      key,
    );
  });

  it("pages through 45 input items, 20 at a time, in both orders", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: messages,
    });
    const queryClient = new QueryClient();
    const asc = inputItemsQuery("local", response.id, "asc");
    let data = await queryClient.fetchInfiniteQuery(asc);
    while (
      data.pages.at(-1) &&
      asc.getNextPageParam(data.pages.at(-1)!, data.pages, null, [])
    )
      data = await queryClient.fetchInfiniteQuery({
        ...asc,
        pages: data.pages.length + 1,
      });
    expect(data.pages.map((page) => page.data.length)).toEqual([20, 20, 5]);
    const texts = data.pages.flatMap((page) =>
      page.data.map((item) =>
        item.type === "message" && item.content[0] && "text" in item.content[0]
          ? item.content[0].text
          : "",
      ),
    );
    expect(texts).toEqual(messages.map((_, i) => `message number ${i}`));

    const all = await fetchAllInputItems("local", response.id);
    expect(all.map((item) => item.id)).toEqual(
      data.pages.flatMap((page) => page.data.map((item) => item.id)),
    );
    const desc = await queryClient.fetchInfiniteQuery(
      inputItemsQuery("local", response.id, "desc"),
    );
    expect(desc.pages[0]?.data[0]?.id).toBe(all.at(-1)?.id);
  });

  it("counts the same input tokens the response reported, for a chained response too", async () => {
    const first = await client.responses.create({
      model: "local-echo",
      instructions: "Be brief.",
      input: "What is the capital of France?",
    });
    const second = await client.responses.create({
      model: "local-echo",
      previous_response_id: first.id,
      input: [{ role: "user", content: "And of Italy?" }],
    });
    const queryClient = new QueryClient();
    for (const response of [first, second]) {
      const count = await queryClient.fetchQuery(
        inputTokensQuery("local", response.id),
      );
      expect(count).toBe(response.usage?.input_tokens);
    }
    // A chain's input items are its whole context, so the count needs no previous_response_id.
    const items = await fetchAllInputItems("local", second.id);
    const body = inputTokensBody(second, items);
    expect(body).not.toHaveProperty("previous_response_id");
    const input = body.input as unknown[];
    expect(input).toHaveLength(3);
    expect(input.at(-1)).toEqual({
      type: "message",
      role: "user",
      content: [{ type: "input_text", text: "And of Italy?" }],
    });
  });

  it("counts a chain whose context holds reasoning and every tool's items", async () => {
    const first = await client.responses.create({
      model: "local-echo-reasoning",
      reasoning: { effort: "low" },
      input: "/playback all",
    });
    // The played-back custom and apply_patch calls are answered, as the API requires before a new message.
    const answers = first.output.flatMap((item): ResponseInputItem[] =>
      item.type === "custom_tool_call"
        ? [
            {
              type: "custom_tool_call_output",
              call_id: item.call_id,
              output: "ok",
            },
          ]
        : item.type === "apply_patch_call"
          ? [
              {
                type: "apply_patch_call_output",
                call_id: item.call_id,
                status: "completed",
              },
            ]
          : [],
    );
    const second = await client.responses.create({
      model: "local-echo",
      previous_response_id: first.id,
      input: [...answers, { role: "user", content: "And now?" }],
    });
    const types = new Set(first.output.map((item) => item.type));
    expect(types).toContain("reasoning");
    expect(types).toContain("web_search_call");
    expect(types).toContain("mcp_list_tools");
    const count = await new QueryClient().fetchQuery(
      inputTokensQuery("local", second.id),
    );
    expect(count).toBe(second.usage?.input_tokens);
  });

  it("an unknown id fails with the API's 404 envelope", async () => {
    const error = await new QueryClient()
      .fetchQuery(responseQuery("local", "resp_missing"))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamRequestError);
    expect((error as UpstreamRequestError).status).toBe(404);
  });
});
