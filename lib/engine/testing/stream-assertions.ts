import type {
  Response as ApiResponse,
  ResponseStreamEvent,
} from "openai/resources/responses/responses";
import { expect } from "vitest";
import { expectAllResponseKeys } from "./engine-client";

export const TERMINAL_TYPES = new Set([
  "response.completed",
  "response.failed",
  "response.incomplete",
]);

export function lifecycleResponse(
  event: ResponseStreamEvent,
): ApiResponse | null {
  if (
    event.type === "response.created" ||
    event.type === "response.queued" ||
    event.type === "response.in_progress" ||
    event.type === "response.completed" ||
    event.type === "response.failed" ||
    event.type === "response.incomplete"
  ) {
    return event.response;
  }
  return null;
}

/** Asserts the framing rules every stream must keep; returns the terminal Response. */
export function expectWellFormedStream(
  events: ResponseStreamEvent[],
): ApiResponse {
  expect(events.length).toBeGreaterThanOrEqual(3);
  expect(events[0]?.type).toBe("response.created");
  expect(events[1]?.type).toBe("response.in_progress");
  expect(events.map((event) => event.sequence_number)).toEqual(
    events.map((_, i) => i),
  );

  const ids = new Set<string>();
  for (const event of events) {
    const response = lifecycleResponse(event);
    if (!response) continue;
    expectAllResponseKeys(response);
    ids.add(response.id);
  }
  expect(ids.size).toBe(1);

  const last = events.at(-1);
  expect(last && TERMINAL_TYPES.has(last.type)).toBe(true);
  expect(
    events.slice(0, -1).some((event) => TERMINAL_TYPES.has(event.type)),
  ).toBe(false);
  const terminal = last ? lifecycleResponse(last) : null;
  if (!terminal)
    throw new Error("stream did not end with a terminal lifecycle event");
  return terminal;
}

/** Event types with consecutive repeats (deltas) collapsed to one. */
export function collapsedTypes(events: ResponseStreamEvent[]): string[] {
  const types: string[] = [];
  for (const event of events)
    if (types.at(-1) !== event.type) types.push(event.type);
  return types;
}
