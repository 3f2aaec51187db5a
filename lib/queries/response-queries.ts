import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { ResponseItemList } from "openai/resources/responses/input-items";
import type { InputTokenCountResponse } from "openai/resources/responses/input-tokens";
import type {
  CompactedResponse,
  Response as ApiResponse,
  ResponseItem,
} from "openai/resources/responses/responses";
import { callUpstream, UpstreamRequestError } from "@/lib/api/api-client";
import { ownInputItems } from "@/lib/request/draft-from-response";
import { useApiKeyStore } from "@/lib/stores/api-key-store";
import { storedItemAsInput } from "@/lib/request/stored-item-input";

export type ItemOrder = "asc" | "desc";

/** How many input items one page asks for; a reader scrolls through pages of this size. */
const INPUT_ITEMS_PAGE_SIZE = 20;

/** The person's own key for an upstream, read at call time so it never becomes part of a query key. */
function ownKey(upstream: string): string | null {
  return useApiKeyStore.getState().keys[upstream] ?? null;
}

/** A 4xx answer will not change on retry; a dropped connection might. */
function retryUnlessClientError(failureCount: number, error: Error): boolean {
  if (error instanceof UpstreamRequestError) {
    const status = error.status;
    if (status !== null && status >= 400 && status < 500) return false;
    if (status === 502 || status === 504) return false;
  }
  return failureCount < 2;
}

function responsePath(id: string, rest = ""): string {
  return `responses/${encodeURIComponent(id)}${rest}`;
}

/** Every query about one stored response starts with this key, so one invalidation covers them all. */
export function responseKey(upstream: string, id: string) {
  return [upstream, "response", id] as const;
}

/** Whether a response is still running, so its view keeps polling until it ends. */
export function isResponseRunning(response: Pick<ApiResponse, "status">) {
  return response.status === "queued" || response.status === "in_progress";
}

/** `GET /responses/{id}`; polls while a background response is queued or in progress. */
export function responseQuery(upstream: string, id: string) {
  return queryOptions({
    queryKey: responseKey(upstream, id),
    queryFn: ({ signal }) =>
      callUpstream<ApiResponse>({
        upstream,
        path: responsePath(id),
        apiKey: ownKey(upstream),
        signal,
      }),
    retry: retryUnlessClientError,
    refetchInterval: (query) =>
      query.state.data && isResponseRunning(query.state.data) ? 1000 : false,
  });
}

/** The query string of one page of a list: `limit`, `order` and, after the first page, `after`. */
export function pageSearch(
  order: ItemOrder,
  after: string | null,
  limit = INPUT_ITEMS_PAGE_SIZE,
): string {
  const params = new URLSearchParams({ limit: String(limit), order });
  if (after !== null) params.set("after", after);
  return params.toString();
}

/** The cursor of the page after `page`, or undefined at the end of the list. */
export function nextPageCursor(
  page: Pick<ResponseItemList, "has_more" | "last_id" | "data">,
): string | undefined {
  if (!page.has_more || page.data.length === 0) return undefined;
  return page.last_id || undefined;
}

function fetchInputItemsPage(
  upstream: string,
  id: string,
  order: ItemOrder,
  after: string | null,
  signal?: AbortSignal,
  limit?: number,
) {
  return callUpstream<ResponseItemList>({
    upstream,
    path: responsePath(id, `/input_items?${pageSearch(order, after, limit)}`),
    apiKey: ownKey(upstream),
    signal,
  });
}

/** `GET /responses/{id}/input_items`, one page per scroll, following `last_id` while `has_more`. */
export function inputItemsQuery(
  upstream: string,
  id: string,
  order: ItemOrder,
) {
  return infiniteQueryOptions({
    queryKey: [...responseKey(upstream, id), "input_items", order] as const,
    queryFn: ({ pageParam, signal }) =>
      fetchInputItemsPage(upstream, id, order, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => nextPageCursor(page),
    retry: retryUnlessClientError,
  });
}

/** Every input item of a response in request order, page by page (for counting tokens and forking). */
export async function fetchAllInputItems(
  upstream: string,
  id: string,
  signal?: AbortSignal,
): Promise<ResponseItem[]> {
  const items: ResponseItem[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchInputItemsPage(
      upstream,
      id,
      "asc",
      after,
      signal,
      100,
    );
    items.push(...page.data);
    const next = nextPageCursor(page);
    if (next === undefined) return items;
    after = next;
  }
}

/** Every input item of a response, shared by the token count and Fork through the query cache. */
function allInputItemsQuery(upstream: string, id: string) {
  return queryOptions({
    queryKey: [...responseKey(upstream, id), "input_items", "all"] as const,
    queryFn: ({ signal }) => fetchAllInputItems(upstream, id, signal),
    retry: retryUnlessClientError,
    staleTime: Infinity,
  });
}

/** The input items the request that made a response sent itself, without a chain's earlier context. */
export function ownInputItemsQuery(upstream: string, id: string) {
  return queryOptions({
    queryKey: [...responseKey(upstream, id), "input_items", "own"] as const,
    queryFn: async ({ client }) => {
      const [response, items] = await Promise.all([
        client.fetchQuery(responseQuery(upstream, id)),
        client.fetchQuery(allInputItemsQuery(upstream, id)),
      ]);
      const previous = response.previous_response_id;
      if (!previous) return items;
      const [earlier, earlierItems] = await Promise.all([
        client.fetchQuery(responseQuery(upstream, previous)),
        client.fetchQuery(allInputItemsQuery(upstream, previous)),
      ]);
      return ownInputItems(items, [...earlierItems, ...earlier.output]);
    },
    retry: retryUnlessClientError,
    staleTime: Infinity,
  });
}

/**
 * The body of `POST /responses/input_tokens` that reproduces the request which made `response`:
 * its input items plus what the Response echoes (model, instructions, tools, text, reasoning, chain).
 */
export function inputTokensBody(
  response: ApiResponse,
  items: readonly ResponseItem[],
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    model: response.model,
    input: items.map(storedItemAsInput),
  };
  if (response.instructions !== null && response.instructions !== undefined)
    body.instructions = response.instructions;
  if (response.tools.length > 0) {
    body.tools = response.tools;
    body.tool_choice = response.tool_choice;
    body.parallel_tool_calls = response.parallel_tool_calls;
  }
  if (response.text?.format) body.text = { format: response.text.format };
  if (response.reasoning && response.reasoning.effort)
    body.reasoning = { effort: response.reasoning.effort };
  if (response.truncation) body.truncation = response.truncation;
  return body;
}

/** `POST /responses/input_tokens` with the same input the response was made from (a chain's input items are its whole context). */
export function inputTokensQuery(upstream: string, id: string) {
  return queryOptions({
    queryKey: [...responseKey(upstream, id), "input_tokens"] as const,
    queryFn: async ({ client, signal }) => {
      const [response, items] = await Promise.all([
        client.fetchQuery(responseQuery(upstream, id)),
        client.fetchQuery(allInputItemsQuery(upstream, id)),
      ]);
      const count = await callUpstream<InputTokenCountResponse>({
        upstream,
        path: "responses/input_tokens",
        method: "POST",
        body: inputTokensBody(response, items),
        apiKey: ownKey(upstream),
        signal,
      });
      return count.input_tokens;
    },
    retry: false,
    staleTime: Infinity,
  });
}

export function deleteResponse(upstream: string, id: string) {
  return callUpstream<{ id: string; deleted: boolean }>({
    upstream,
    path: responsePath(id),
    method: "DELETE",
    apiKey: ownKey(upstream),
  });
}

export function cancelResponse(upstream: string, id: string) {
  return callUpstream<ApiResponse>({
    upstream,
    path: responsePath(id, "/cancel"),
    method: "POST",
    apiKey: ownKey(upstream),
  });
}

/** `POST /responses/compact` over the response's whole context: everything up to and including it. */
export function compactResponse(upstream: string, response: ApiResponse) {
  return callUpstream<CompactedResponse>({
    upstream,
    path: "responses/compact",
    method: "POST",
    body: { model: response.model, previous_response_id: response.id },
    apiKey: ownKey(upstream),
  });
}
