import { describe, expect, it } from "vitest";
import type { ThreadOrigin } from "@/lib/stores/run-store";
import { shareableContinuation } from "./continuation";
import { answeredTurn } from "./testing/answered-turn";

const origin: ThreadOrigin = {
  upstream: "local",
  previousResponseId: "resp_origin",
  items: [],
  label: "Continuing from resp_origin",
  notes: [],
};

describe("the thread a share link can carry", () => {
  it("is nothing for a new thread", () => {
    expect(shareableContinuation([])).toEqual({
      continueFrom: null,
      unstoredItems: 0,
    });
  });

  it("is the origin before the first turn, then the last stored response", () => {
    expect(shareableContinuation([], origin).continueFrom).toBe("resp_origin");
    const turns = [answeredTurn("resp_a", []), answeredTurn("resp_b", [])];
    expect(shareableContinuation(turns, origin)).toEqual({
      continueFrom: "resp_b",
      unstoredItems: 0,
    });
  });

  it("is nothing when turns were sent with store off: the server lacks their items", () => {
    const turns = [
      answeredTurn("resp_a", []),
      answeredTurn("resp_b", [], { store: false }),
    ];
    expect(shareableContinuation(turns)).toEqual({
      continueFrom: null,
      unstoredItems: 1,
    });
  });
});
