import { describe, expect, it } from "vitest";
import { toRunEvent } from "@/lib/protocol";
import { eventsToJsonl, runStats } from "./event-log-export";

describe("eventsToJsonl", () => {
  it("writes one parsed event per line with its receive time, and raw text when the data was not JSON", () => {
    const events = [
      toRunEvent(
        {
          event: "response.created",
          data: '{"type":"response.created","sequence_number":0}',
        },
        0,
        12.4,
      ),
      toRunEvent({ event: null, data: "not json" }, 1, 30),
    ];
    const lines = eventsToJsonl(events).trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? "")).toEqual({
      received_ms: 12,
      event: "response.created",
      data: { type: "response.created", sequence_number: 0 },
    });
    expect(JSON.parse(lines[1] ?? "")).toEqual({
      received_ms: 30,
      event: null,
      data: "not json",
    });
  });

  it("is empty for an empty run", () => {
    expect(eventsToJsonl([])).toBe("");
  });
});

describe("runStats", () => {
  it("measures output tokens per second from the first token to the end", () => {
    const stats = runStats(
      { firstByte: 20, firstToken: 100, total: 1100 },
      42,
      50,
    );
    expect(stats).toEqual({
      firstByte: 20,
      firstToken: 100,
      total: 1100,
      events: 42,
      tokensPerSecond: 50,
    });
  });

  it("has no rate before the run ends or without usage", () => {
    expect(
      runStats({ firstByte: 20, firstToken: 100, total: null }, 3, 50)
        .tokensPerSecond,
    ).toBeNull();
    expect(
      runStats({ firstByte: 20, firstToken: 100, total: 900 }, 3, null)
        .tokensPerSecond,
    ).toBeNull();
  });
});
