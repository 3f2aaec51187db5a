import type { RunEvent } from "@/lib/protocol";

/** The run as JSON Lines: one event per line with the time it arrived, its SSE name and its data as received. */
export function eventsToJsonl(events: readonly RunEvent[]): string {
  return events
    .map((event) =>
      JSON.stringify({
        received_ms: Math.round(event.receivedAt),
        event: event.eventName,
        data: event.parsed ? event.data : event.raw,
      }),
    )
    .join("\n")
    .concat(events.length > 0 ? "\n" : "");
}

/** Time to first byte, first token and the whole run, event count and output tokens per second. */
export function runStats(
  timings: {
    firstByte: number | null;
    firstToken: number | null;
    total: number | null;
  },
  eventCount: number,
  outputTokens: number | null,
) {
  const generating =
    timings.total !== null && timings.firstToken !== null
      ? timings.total - timings.firstToken
      : null;
  return {
    firstByte: timings.firstByte,
    firstToken: timings.firstToken,
    total: timings.total,
    events: eventCount,
    tokensPerSecond:
      outputTokens !== null && generating !== null && generating > 0
        ? (outputTokens / generating) * 1000
        : null,
  };
}
