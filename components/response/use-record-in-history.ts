"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { useEffect } from "react";
import { recordResponse } from "@/lib/history/history-db";
import { inputPreview } from "@/lib/history/previews";
import { inputItemsQuery } from "@/lib/queries/response-queries";

/** Records the opened response in the browser's history, with a preview of its first input items. */
export function useRecordInHistory(
  upstream: string,
  response: ApiResponse | undefined,
) {
  // The same query the "Input items" region shows first, so this adds no request.
  const items = useInfiniteQuery({
    ...inputItemsQuery(upstream, response?.id ?? "", "asc"),
    enabled: response !== undefined,
  });
  const firstPage = items.data?.pages[0]?.data;
  useEffect(() => {
    if (!response) return;
    void recordResponse(
      upstream,
      response,
      firstPage ? inputPreview(firstPage) : undefined,
    );
  }, [upstream, response, firstPage]);
}
