import type { RunEvent } from "@/lib/protocol";

/**
 * The highest sequence number the server sent that a run's log holds, or null when it holds none
 * (re-attach from the start). Events rebuilt from a polled snapshot carry made-up numbers and do not count.
 */
export function lastSequence(events: readonly RunEvent[]): number | null {
  let last: number | null = null;
  for (const event of events) {
    const sequence = event.synthetic ? null : event.sequenceNumber;
    if (sequence !== null && (last === null || sequence > last))
      last = sequence;
  }
  return last;
}

/**
 * The events of `incoming` the log does not hold yet: a re-attach asks for events after `after`, but a
 * proxy, a retry or a server that replays too much may repeat some, and the log keeps each number once.
 * Events without a sequence number cannot repeat a numbered one, so they are kept.
 */
export function unseenEvents(
  after: number | null,
  incoming: readonly RunEvent[],
): RunEvent[] {
  let last = after;
  const fresh: RunEvent[] = [];
  for (const event of incoming) {
    const sequence = event.sequenceNumber;
    if (sequence !== null && last !== null && sequence <= last) continue;
    if (sequence !== null) last = sequence;
    fresh.push(event);
  }
  return fresh;
}

/** The retrieve that streams a background response's events after `after` (all of them when null). */
export function reattachPath(responseId: string, after: number | null): string {
  const query = after === null ? "" : `&starting_after=${after}`;
  return `responses/${encodeURIComponent(responseId)}?stream=true${query}`;
}

/** How to follow a background response, from the answer to a streaming retrieve. */
export type FollowMode = "stream" | "poll";

/** Stream when the upstream answered the retrieve with SSE; poll when it sent JSON or an error status. */
export function followMode(
  status: number,
  contentType: string | null,
): FollowMode {
  const isSse =
    contentType?.toLowerCase().includes("text/event-stream") ?? false;
  return status >= 200 && status < 300 && isSse ? "stream" : "poll";
}

/** Whether a response is still being generated (a job to keep following). */
export function isRunning(status: string | null | undefined): boolean {
  return status === "queued" || status === "in_progress";
}
