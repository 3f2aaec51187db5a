import { queryOptions } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { UpstreamList } from "@/lib/api/upstream";
import { PLAYGROUND_API_KEY_HEADER } from "@/lib/api/api-key-header";
import { readFailure } from "@/lib/api/error-envelope";
import { proxyUrl } from "@/lib/api/proxy-url";

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

const modelListSchema = z.object({
  object: z.literal("list"),
  data: z.array(z.object({ id: z.string() })),
});

/** Whether the local engine answers at `/v1`, and how many models it lists. */
export function engineStatusQuery() {
  return queryOptions({
    queryKey: ["local", "engine-status"],
    queryFn: async () => {
      const list = modelListSchema.safeParse(
        await getJson<unknown>("/v1/models", { cache: "no-store" }),
      );
      if (!list.success) throw new Error("unexpected /v1/models response");
      return { models: list.data.data.length };
    },
    retry: false,
  });
}
