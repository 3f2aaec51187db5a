import { afterEach, expect, it, vi } from "vitest";
import { useRunStore } from "@/lib/stores/run-store";
import { streamEvents } from "./stream-events";

const encoder = new TextEncoder();

function frame(event: Record<string, unknown>): Uint8Array {
  return encoder.encode(
    `event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`,
  );
}

const created = {
  type: "response.created",
  sequence_number: 0,
  response: { id: "resp_1", object: "response", status: "in_progress" },
};
const delta = (sequence: number, text: string) => ({
  type: "response.output_text.delta",
  sequence_number: sequence,
  item_id: "msg_1",
  output_index: 0,
  content_index: 0,
  delta: text,
});

afterEach(() => {
  vi.useRealTimers();
  useRunStore.getState().actions.clearThread();
});

it("hands the first text delta to the page at once, and later ones with a later frame", async () => {
  // Frames never come while the clock is frozen: only what is delivered at once reaches the store.
  vi.useFakeTimers({
    toFake: ["setTimeout", "clearTimeout", "performance"],
  });
  const { actions } = useRunStore.getState();
  actions.startTurn({
    id: "turn-1",
    upstream: "local",
    request: { model: "m", input: [] },
    newInput: [],
  });
  let send!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      send = controller;
    },
  });
  const streamed = streamEvents(
    {
      turnId: "turn-1",
      startedAt: performance.now(),
      signal: new AbortController().signal,
    },
    body,
  );
  const events = () =>
    useRunStore.getState().turns[0]?.events.map((event) => event.type);

  send.enqueue(frame(created));
  await vi.advanceTimersByTimeAsync(0);
  expect(events()).toEqual([]);

  send.enqueue(frame(delta(1, "Hello")));
  await vi.advanceTimersByTimeAsync(0);
  expect(events()).toEqual(["response.created", "response.output_text.delta"]);
  expect(useRunStore.getState().turns[0]?.timings.firstToken).not.toBeNull();

  send.enqueue(frame(delta(2, " world")));
  await vi.advanceTimersByTimeAsync(0);
  expect(events()).toHaveLength(2);
  await vi.advanceTimersByTimeAsync(80);
  expect(events()).toHaveLength(3);

  send.close();
  await streamed;
});
