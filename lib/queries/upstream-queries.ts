import { queryOptions } from "@tanstack/react-query";
import type { UpstreamList } from "@/lib/api/upstream";
import { PLAYGROUND_API_KEY_HEADER } from "@/lib/api/api-key-header";
import { readFailure } from "@/lib/api/error-envelope";
import { proxyUrl } from "@/lib/api/proxy-url";
import { isRecord } from "@/lib/protocol/json";

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) {
    const failure = await readFailure(response);
    throw new Error(`HTTP ${response.status}: ${failure.message}`);
  }
  return (await response.json()) as T;
}

/** The upstreams the server offers (never their keys). */
export function upstreamsQuery() {
  return queryOptions({
    queryKey: ["app", "upstreams"],
    queryFn: () => getJson<UpstreamList>("/api/upstreams"),
    staleTime: 60_000,
  });
}

/** Model ids an upstream lists at `GET /v1/models`; the picker still takes any id. */
export function modelsQuery(upstream: string, apiKey: string | null) {
  return queryOptions({
    queryKey: [upstream, "models", apiKey ? "own-key" : "server-key"],
    queryFn: async () => {
      const list = await getJson<{ data?: { id: string }[] }>(
        proxyUrl(upstream, "models"),
        {
          headers: apiKey ? { [PLAYGROUND_API_KEY_HEADER]: apiKey } : {},
        },
      );
      return (list.data ?? []).map((model) => model.id);
    },
    staleTime: 5 * 60_000,
    retry: false,
    // An empty upstream means the server's default has not been resolved yet.
    enabled: upstream !== "",
  });
}

/** Whether a body is a model list (`{object:"list", data:[{id}]}`); checked by hand, as zod is not on the first screen. */
function isModelList(body: unknown): body is { data: { id: string }[] } {
  return (
    isRecord(body) &&
    body.object === "list" &&
    Array.isArray(body.data) &&
    body.data.every((model) => isRecord(model) && typeof model.id === "string")
  );
}

/** Whether the local engine answers at `/v1`, and how many models it lists. */
export function engineStatusQuery() {
  return queryOptions({
    queryKey: ["local", "engine-status"],
    queryFn: async () => {
      const list = await getJson<unknown>("/v1/models", { cache: "no-store" });
      if (!isModelList(list)) throw new Error("unexpected /v1/models response");
      return { models: list.data.length };
    },
    retry: false,
  });
}
