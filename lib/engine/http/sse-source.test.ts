import { afterEach, describe, expect, it } from "vitest";
import type { TextSink } from "@/lib/api/text-source";
import { initialResponse } from "../responses/response-object";
import { ResponseRun } from "../run/response-run";
import { EngineStore } from "../store/engine-store";
import { SseSource } from "./sse-source";

const stores: EngineStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function liveRun(): ResponseRun {
  const store = new EngineStore(":memory:");
  stores.push(store);
  const response = initialResponse(
    { model: "local-echo" },
    { id: "resp_sse", createdAt: 0, conversationId: null, defaultEffort: null },
  );
  return new ResponseRun(response, {
    store,
    persistResponse: false,
    persistEvents: false,
  });
}

/** A sink that records each write and end, and says it is full while `full` is set. */
function recordingSink() {
  const calls: string[] = [];
  const sink: TextSink & { full: boolean } = {
    full: false,
    write(text) {
      calls.push(`write:${text}`);
      return !sink.full;
    },
    end(text) {
      calls.push(`end:${text}`);
    },
  };
  return { sink, calls };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const frame = (type: string, sequence: number) =>
  `event: ${type}\ndata: {"type":"${type}","sequence_number":${sequence}}\n\n`;

describe("SseSource", () => {
  it("keeps events sent before it is opened, and sends a turn's events in one write", async () => {
    const run = liveRun();
    const source = new SseSource(run);
    run.emit({ type: "a" });
    const { sink, calls } = recordingSink();
    source.open(sink);
    run.emit({ type: "b" });
    expect(calls).toEqual([]);
    await nextTurn();
    expect(calls).toEqual([`write:${frame("a", 0)}${frame("b", 1)}`]);
    run.end();
    expect(calls.at(-1)).toBe("end:data: [DONE]\n\n");
  });

  it("holds text while the reader is behind and sends it together on resume", async () => {
    const run = liveRun();
    const source = new SseSource(run);
    const { sink, calls } = recordingSink();
    sink.full = true;
    const controls = source.open(sink);
    run.emit({ type: "a" });
    await nextTurn();
    run.emit({ type: "b" });
    await nextTurn();
    run.emit({ type: "c" });
    await nextTurn();
    expect(calls).toEqual([`write:${frame("a", 0)}`]);
    sink.full = false;
    controls.resume();
    await nextTurn();
    expect(calls.at(-1)).toBe(`write:${frame("b", 1)}${frame("c", 2)}`);
  });

  it("sends everything left with [DONE] when the run ends, even to a full reader", async () => {
    const run = liveRun();
    const source = new SseSource(run);
    const { sink, calls } = recordingSink();
    sink.full = true;
    source.open(sink);
    run.emit({ type: "a" });
    await nextTurn();
    run.emit({ type: "b" });
    run.end();
    expect(calls).toEqual([
      `write:${frame("a", 0)}`,
      `end:${frame("b", 1)}data: [DONE]\n\n`,
    ]);
  });

  it("replays stored events first and skips live ones the replay covers", () => {
    const run = liveRun();
    run.emit({ type: "seen" });
    const source = new SseSource(run, {
      replay: [{ sequence: 0, type: "seen", json: "{}" }],
      after: 1,
    });
    run.emit({ type: "covered" });
    run.emit({ type: "new" });
    run.end();
    const { sink, calls } = recordingSink();
    source.open(sink);
    expect(calls).toEqual([
      `end:event: seen\ndata: {}\n\n${frame("new", 2)}data: [DONE]\n\n`,
    ]);
  });

  it("tells the run its reader left, but not once the run has ended", () => {
    let left = 0;
    const run = liveRun();
    const source = new SseSource(run, { onDisconnect: () => left++ });
    const controls = source.open(recordingSink().sink);
    controls.cancel();
    controls.cancel();
    expect(left).toBe(1);
    const ended = liveRun();
    const finished = new SseSource(ended, { onDisconnect: () => left++ });
    ended.end();
    finished.open(recordingSink().sink).cancel();
    expect(left).toBe(1);
  });
});
