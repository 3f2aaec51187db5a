import { infiniteQueryOptions } from "@tanstack/react-query";
import { callUpstream } from "@/lib/api/api-client";

/** A page of `GET /v1/responses` or `GET /v1/conversations`, the local engine's extensions of the API. */
export interface StoredListPage<T> {
  object: "list";
  data: T[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

const pageSize = 100;

/** What an upstream stores of one kind, newest first, a page of 100 at a time. */
export function storedListQuery<T>(
  upstream: string,
  kind: "responses" | "conversations",
) {
  return infiniteQueryOptions({
    queryKey: [upstream, kind, "list"],
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams({ limit: String(pageSize) });
      if (pageParam !== null) query.set("after", pageParam);
      return callUpstream<StoredListPage<T>>({
        upstream,
        path: `${kind}?${query.toString()}`,
        signal,
      });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.has_more ? page.last_id : null),
    retry: false,
  });
}
