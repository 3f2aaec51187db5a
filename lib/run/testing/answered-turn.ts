import {
  initialRunTree,
  reduceEvents,
  runEventsFromResponse,
} from "@/lib/protocol";
import type { Turn } from "@/lib/stores/run-store";

/** A finished turn whose response carried these output items and ended with `status`. */
export function answeredTurn(
  id: string,
  output: unknown[],
  { store = true, status = "completed" } = {},
): Turn {
  const response = {
    id,
    object: "response",
    created_at: 1,
    status,
    model: "local-echo",
    output,
    usage: null,
  } as unknown as Parameters<typeof runEventsFromResponse>[0];
  const events = runEventsFromResponse(response);
  return {
    id: `turn-${id}`,
    upstream: "local",
    request: store
      ? { model: "local-echo" }
      : { model: "local-echo", store: false },
    newInput: [{ role: "user", content: `question ${id}` }],
    startedAt: 0,
    events,
    tree: reduceEvents(events, initialRunTree()),
    phase: "done",
    failure: null,
    timings: { firstByte: 1, firstToken: 1, total: 2 },
  };
}

/** An assistant message as a response's output carries it. */
export const assistantMessage = {
  type: "message",
  id: "msg_1",
  role: "assistant",
  status: "completed",
  content: [{ type: "output_text", text: "hi", annotations: [] }],
};
