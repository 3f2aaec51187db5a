import { describe, expect, it } from "vitest";
import { toRunEvent, type RunEvent } from "@/lib/protocol";
import { createTypeCounter } from "./event-type-counts";

const event = (type: string, index: number): RunEvent =>
  toRunEvent({ event: null, data: JSON.stringify({ type }) }, index, 0);

describe("createTypeCounter", () => {
  it("counts each type, extending the last count when the log grew", () => {
    const count = createTypeCounter();
    const first = [event("a", 0), event("b", 1)];
    expect([...count(first)]).toEqual([
      ["a", 1],
      ["b", 1],
    ]);
    const grown = [...first, event("a", 2)];
    expect([...count(grown)]).toEqual([
      ["a", 2],
      ["b", 1],
    ]);
  });

  it("counts from scratch when the log is another one", () => {
    const count = createTypeCounter();
    count([event("a", 0), event("a", 1)]);
    expect([...count([event("c", 0)])]).toEqual([["c", 1]]);
    expect([...count([])]).toEqual([]);
  });
});
