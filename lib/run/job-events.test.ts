import { describe, expect, it } from "vitest";
import { toRunEvent, type RunEvent } from "@/lib/protocol";
import {
  followMode,
  isRunning,
  lastSequence,
  reattachPath,
  unseenEvents,
} from "./job-events";

function event(sequence: number | null, index = 0): RunEvent {
  const data =
    sequence === null
      ? { type: "keepalive" }
      : { type: "response.output_text.delta", sequence_number: sequence };
  return toRunEvent({ event: null, data: JSON.stringify(data) }, index, 0);
}

const numbers = (events: readonly RunEvent[]) =>
  events.map((e) => e.sequenceNumber);

describe("lastSequence", () => {
  it("is null for a log without numbered events", () => {
    expect(lastSequence([])).toBeNull();
    expect(lastSequence([event(null)])).toBeNull();
  });

  it("is the highest number the log holds", () => {
    expect(lastSequence([event(0), event(1), event(null), event(2)])).toBe(2);
  });

  it("ignores the made-up numbers of events rebuilt from a polled snapshot", () => {
    const polled = { ...event(7), synthetic: true };
    expect(lastSequence([event(0), polled])).toBe(0);
  });
});

describe("unseenEvents", () => {
  it("keeps everything when nothing was seen", () => {
    expect(numbers(unseenEvents(null, [event(0), event(1)]))).toEqual([0, 1]);
  });

  it("drops events a replay repeats from before the resume point", () => {
    const replay = [event(3), event(4), event(5), event(6)];
    expect(numbers(unseenEvents(4, replay))).toEqual([5, 6]);
  });

  it("drops repeats within the incoming batch", () => {
    const batch = [event(5), event(6), event(6), event(5), event(7)];
    expect(numbers(unseenEvents(4, batch))).toEqual([5, 6, 7]);
  });

  it("keeps unnumbered events, which cannot repeat a numbered one", () => {
    expect(numbers(unseenEvents(2, [event(null), event(3)]))).toEqual([
      null,
      3,
    ]);
  });

  it("gives each number once when a log is rebuilt from interrupted, overlapping attaches", () => {
    const attaches = [
      [0, 1, 2, 3],
      [2, 3, 4, 5, 6],
      [6, 7],
      [5, 6, 7, 8, 9],
    ];
    let log: RunEvent[] = [];
    for (const attach of attaches) {
      const incoming = attach.map((n) => event(n));
      log = [...log, ...unseenEvents(lastSequence(log), incoming)];
    }
    expect(numbers(log)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe("reattachPath", () => {
  it("asks for every event when nothing was seen", () => {
    expect(reattachPath("resp_1", null)).toBe("responses/resp_1?stream=true");
  });

  it("asks for the events after the last one seen, including after 0", () => {
    expect(reattachPath("resp_1", 0)).toBe(
      "responses/resp_1?stream=true&starting_after=0",
    );
    expect(reattachPath("resp/1", 41)).toBe(
      "responses/resp%2F1?stream=true&starting_after=41",
    );
  });
});

describe("followMode", () => {
  it("streams an SSE answer", () => {
    expect(followMode(200, "text/event-stream; charset=utf-8")).toBe("stream");
  });

  it("polls when the upstream answers the retrieve with JSON", () => {
    expect(followMode(200, "application/json")).toBe("poll");
    expect(followMode(200, null)).toBe("poll");
  });

  it("polls when the upstream refuses to stream a retrieve", () => {
    expect(followMode(400, "application/json")).toBe("poll");
    expect(followMode(404, "text/event-stream")).toBe("poll");
    expect(followMode(501, null)).toBe("poll");
  });
});

describe("isRunning", () => {
  it("is true only while queued or in progress", () => {
    expect(isRunning("queued")).toBe(true);
    expect(isRunning("in_progress")).toBe(true);
    for (const status of [
      "completed",
      "failed",
      "cancelled",
      "incomplete",
      null,
    ])
      expect(isRunning(status)).toBe(false);
  });
});
