import { toRunEvent, type RunEvent } from "@/lib/protocol";

const storageKey = "responses-playground:job-logs";

function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Keeps the streamed event logs of running jobs for this tab while the page unloads, so a reload
 * resumes each after its last event instead of replaying it whole. Rebuilt (polled) events are left
 * out: their numbers are not the server's. Never throws: without room the reload just replays more.
 */
export function saveJobLogs(logs: Record<string, readonly RunEvent[]>): void {
  const store = sessionStore();
  if (!store) return;
  const cached = Object.fromEntries(
    Object.entries(logs).map(([turnId, events]) => [
      turnId,
      events
        .filter((event) => !event.synthetic)
        .map((event) => ({
          event: event.eventName,
          data: event.raw,
          at: event.receivedAt,
        })),
    ]),
  );
  try {
    store.setItem(storageKey, JSON.stringify(cached));
  } catch {
    store.removeItem(storageKey);
  }
}

/** Reads (and forgets) the logs the last unload kept, by turn id; anything unreadable is dropped. */
export async function takeJobLogs(): Promise<Record<string, RunEvent[]>> {
  const store = sessionStore();
  const text = store?.getItem(storageKey) ?? null;
  if (!store || text === null) return {};
  store.removeItem(storageKey);
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    return {};
  }
  // zod loads only when a reload left logs to read.
  const { cachedLogsSchema } = await import("./job-log-schema");
  const parsed = cachedLogsSchema.safeParse(json);
  if (!parsed.success) return {};
  return Object.fromEntries(
    Object.entries(parsed.data).map(([turnId, events]) => [
      turnId,
      events.map((event, index) =>
        toRunEvent({ event: event.event, data: event.data }, index, event.at),
      ),
    ]),
  );
}
