import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFrameBatcher } from "./frame-batcher";

/** A page whose frames come only when the test says so, on a clock the test moves. */
function page() {
  let time = 0;
  let frames: (() => void)[] = [];
  const delivered: number[][] = [];
  const batcher = createFrameBatcher<number>(
    (items) => delivered.push(items),
    () => time,
    (callback) => frames.push(callback),
  );
  return {
    batcher,
    delivered,
    /** Frame callbacks waiting for the next frame. */
    framesAsked: () => frames.length,
    /** Moves the clock (and its timers) and runs the frame callbacks that were waiting. */
    frame: (afterMs: number) => {
      time += afterMs;
      vi.advanceTimersByTime(afterMs);
      const due = frames;
      frames = [];
      for (const callback of due) callback();
    },
  };
}

describe("createFrameBatcher", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout"] }));
  afterEach(() => vi.useRealTimers());

  it("delivers what arrived before a frame in that frame, together", () => {
    const { batcher, delivered, frame } = page();
    batcher.push(1);
    batcher.push(2);
    expect(delivered).toEqual([]);
    frame(16);
    expect(delivered).toEqual([[1, 2]]);
  });

  it("updates a fast stream at most every 50 ms, holding what arrives in between", () => {
    const { batcher, delivered, frame, framesAsked } = page();
    batcher.push(1);
    frame(16);
    batcher.push(2);
    frame(16);
    batcher.push(3);
    frame(16);
    expect(delivered).toEqual([[1]]);
    expect(framesAsked()).toBe(0);
    frame(20);
    frame(16);
    expect(delivered).toEqual([[1], [2, 3]]);
  });

  it("flushes at once, and the next frame waits its turn after that", () => {
    const { batcher, delivered, frame } = page();
    batcher.push(1);
    batcher.flush();
    expect(delivered).toEqual([[1]]);
    batcher.push(2);
    frame(16);
    expect(delivered).toEqual([[1]]);
    frame(40);
    expect(delivered).toEqual([[1], [2]]);
  });

  it("does nothing in a frame with nothing to deliver", () => {
    const { batcher, delivered, frame } = page();
    batcher.push(1);
    batcher.flush();
    frame(100);
    expect(delivered).toEqual([[1]]);
  });
});
