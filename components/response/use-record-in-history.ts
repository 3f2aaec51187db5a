"use client";

import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { useEffect } from "react";

/** Records the opened response in the browser's history whenever what the upstream says about it changes. */
export function useRecordInHistory(
  upstream: string,
  response: ApiResponse | undefined,
) {
  useEffect(() => {
    if (!response) return;
    // Filled in once the history module (lib/history/history-db.ts) has merged.
    void upstream;
  }, [upstream, response]);
}
