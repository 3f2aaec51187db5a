import { describe, expect, it } from "vitest";
import {
  initialRunTree,
  reduceEvents,
  runEventsFromResponse,
} from "@/lib/protocol";
import { defaultDraft, type Draft } from "@/lib/request/draft-schema";
import type { Turn } from "@/lib/stores/run-store";
import { continuationFor } from "./continuation";
import { nextRequest, pendingToolCalls } from "./next-request";

function draftWith(text: string, changes: Partial<Draft> = {}): Draft {
  return {
    ...defaultDraft(),
    messages: [{ id: "m1", role: "user", text }],
    ...changes,
  };
}

/** A finished turn whose response carried these output items. */
function answeredTurn(id: string, output: unknown[], store = true): Turn {
  const response = {
    id,
    object: "response",
    created_at: 1,
    status: "completed",
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

const call = {
  type: "function_call",
  id: "fc_1",
  call_id: "call_1",
  name: "get_weather",
  arguments: '{"city":"Paris"}',
  status: "completed",
};
const message = {
  type: "message",
  id: "msg_1",
  role: "assistant",
  status: "completed",
  content: [{ type: "output_text", text: "hi", annotations: [] }],
};

describe("continuationFor", () => {
  it("chains to the last stored response", () => {
    expect(
      continuationFor([
        answeredTurn("resp_a", [message]),
        answeredTurn("resp_b", [message]),
      ]),
    ).toEqual({
      previousResponseId: "resp_b",
      history: [],
    });
  });

  it("resends every earlier input and output when the last response was not stored", () => {
    const continuation = continuationFor([
      answeredTurn("resp_a", [message], false),
    ]);
    expect(continuation?.previousResponseId).toBeNull();
    expect(continuation?.history).toEqual([
      { role: "user", content: "question resp_a" },
      message,
    ]);
  });

  const origin = {
    upstream: "local",
    previousResponseId: "resp_stored",
    items: [{ type: "compaction", id: "cmp_1", encrypted_content: "x" }],
    label: "Continuing from resp_stored",
    notes: [],
  };

  it("starts from its origin until a stored turn takes over", () => {
    expect(continuationFor([], origin)).toEqual({
      previousResponseId: "resp_stored",
      history: origin.items,
    });
    expect(
      continuationFor([answeredTurn("resp_a", [message])], origin),
    ).toEqual({ previousResponseId: "resp_a", history: [] });
  });

  it("chains to the origin and resends the unstored turns after it", () => {
    const continuation = continuationFor(
      [answeredTurn("resp_a", [message], false)],
      origin,
    );
    expect(continuation).toEqual({
      previousResponseId: "resp_stored",
      history: [
        ...origin.items,
        { role: "user", content: "question resp_a" },
        message,
      ],
    });
  });

  it("skips turns that failed", () => {
    const failed = {
      ...answeredTurn("resp_x", []),
      failure: {
        status: 429,
        message: "slow down",
        code: null,
        type: null,
        param: null,
      },
    };
    expect(
      continuationFor([answeredTurn("resp_a", [message]), failed])
        ?.previousResponseId,
    ).toBe("resp_a");
  });
});

describe("nextRequest", () => {
  it("answers pending function calls with function_call_output items before the new message", () => {
    const turns = [answeredTurn("resp_a", [call])];
    expect(pendingToolCalls(turns).map((c) => c.call_id)).toEqual(["call_1"]);
    const next = nextRequest(draftWith("and now?"), turns, {
      call_1: '{"temp":21}',
    });
    expect(next.body.previous_response_id).toBe("resp_a");
    expect(next.body.input).toEqual([
      {
        type: "function_call_output",
        call_id: "call_1",
        output: '{"temp":21}',
      },
      { role: "user", content: "and now?" },
    ]);
    expect(next.newInput).toHaveLength(2);
  });

  it("can send tool outputs alone, without a message", () => {
    const next = nextRequest(draftWith(""), [answeredTurn("resp_a", [call])], {
      call_1: "sunny",
    });
    expect(next.body.input).toEqual([
      { type: "function_call_output", call_id: "call_1", output: "sunny" },
    ]);
    expect(next.problems).toEqual([]);
  });

  it("ignores outputs typed for calls that are no longer pending", () => {
    const next = nextRequest(
      draftWith("hello"),
      [answeredTurn("resp_b", [message])],
      { call_1: "stale" },
    );
    expect(next.body.input).toEqual([{ role: "user", content: "hello" }]);
  });
});
