import { describe, expect, it } from "vitest";
import { youngCollector } from "./young-collection";

describe("youngCollector", () => {
  it("collects the young generation once per full allowance of bytes, counting across chunks", () => {
    const calls: unknown[] = [];
    const note = youngCollector((options) => calls.push(options), 10);
    for (const size of [4, 4, 1]) note(new Uint8Array(size));
    expect(calls).toEqual([]);
    note(new Uint8Array(1));
    expect(calls).toEqual([{ type: "minor" }]);
    note(new Uint8Array(9));
    expect(calls).toHaveLength(1);
    note(new Uint8Array(25));
    expect(calls).toHaveLength(2);
  });
});
