import type { RunEvent } from "@/lib/protocol";

interface Counted {
  events: readonly RunEvent[];
  counts: ReadonlyMap<string, number>;
}

/**
 * Counts the events of each type, counting only what was appended since the last call when `events`
 * extends the log it was last called with, so a streaming log costs the new events, not the whole log.
 */
export function createTypeCounter() {
  let last: Counted | null = null;
  return (events: readonly RunEvent[]): ReadonlyMap<string, number> => {
    const extendsLast =
      last !== null &&
      events.length >= last.events.length &&
      (last.events.length === 0 ||
        events[last.events.length - 1] === last.events.at(-1));
    const counts = new Map(extendsLast && last ? last.counts : []);
    for (
      let i = extendsLast && last ? last.events.length : 0;
      i < events.length;
      i++
    ) {
      const type = (events[i] as RunEvent).type;
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
    last = { events, counts };
    return counts;
  };
}
