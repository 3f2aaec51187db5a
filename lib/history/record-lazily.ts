import type { recordResponse } from "./history-db";

/**
 * Records a response in the history, loading the history database (Dexie) on the first write, so
 * the playground's first load does not carry it.
 */
export async function recordResponseLazily(
  ...args: Parameters<typeof recordResponse>
): ReturnType<typeof recordResponse> {
  const history = await import("./history-db");
  return history.recordResponse(...args);
}
