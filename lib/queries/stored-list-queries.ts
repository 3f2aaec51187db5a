import { infiniteQueryOptions } from "@tanstack/react-query";
import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { callUpstream } from "@/lib/api/api-client";

/** A page of `GET /v1/responses`, the local engine's extension of the API. */
export interface ResponseListPage {
  object: "list";
  data: ApiResponse[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

const pageSize = 100;

/** The responses an upstream stores, newest first, a page of 100 at a time. */
export function storedResponsesQuery(upstream: string) {
  return infiniteQueryOptions({
    queryKey: [upstream, "responses", "list"],
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams({ limit: String(pageSize) });
      if (pageParam !== null) query.set("after", pageParam);
      return callUpstream<ResponseListPage>({
        upstream,
        path: `responses?${query.toString()}`,
        signal,
      });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.has_more ? page.last_id : null),
    retry: false,
  });
}
