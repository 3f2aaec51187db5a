import { describe, expect, it } from "vitest";
import { defaultDraft, type Draft } from "@/lib/request/draft";
import { continuationFor } from "./continuation";
import { nextRequest } from "./next-request";
import {
  answeredTurn,
  assistantMessage as message,
} from "./testing/answered-turn";
import {
  approvalsDecided,
  pendingApprovals,
  pendingToolCalls,
} from "./pending-answers";

const outputs = (toolOutputs: Record<string, string>) => ({
  toolOutputs,
  approvals: {},
});

function draftWith(text: string, changes: Partial<Draft> = {}): Draft {
  return {
    ...defaultDraft(),
    messages: [{ id: "m1", role: "user", text }],
    ...changes,
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
      answeredTurn("resp_a", [message], { store: false }),
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
      [answeredTurn("resp_a", [message], { store: false })],
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
    const next = nextRequest(
      draftWith("and now?"),
      turns,
      outputs({ call_1: '{"temp":21}' }),
    );
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
    const next = nextRequest(
      draftWith(""),
      [answeredTurn("resp_a", [call])],
      outputs({ call_1: "sunny" }),
    );
    expect(next.body.input).toEqual([
      { type: "function_call_output", call_id: "call_1", output: "sunny" },
    ]);
    expect(next.problems).toEqual([]);
  });

  it("ignores outputs typed for calls that are no longer pending", () => {
    const next = nextRequest(
      draftWith("hello"),
      [answeredTurn("resp_b", [message])],
      outputs({ call_1: "stale" }),
    );
    expect(next.body.input).toEqual([{ role: "user", content: "hello" }]);
  });

  it("answers parallel function and custom tool calls together, each with its own output type", () => {
    const custom = {
      type: "custom_tool_call",
      id: "ctc_1",
      call_id: "call_2",
      name: "sql",
      input: "SELECT 1",
    };
    const turns = [answeredTurn("resp_a", [call, custom])];
    expect(pendingToolCalls(turns).map((c) => c.call_id)).toEqual([
      "call_1",
      "call_2",
    ]);
    const next = nextRequest(
      draftWith(""),
      turns,
      outputs({ call_1: "sunny", call_2: "1 row" }),
    );
    expect(next.body.input).toEqual([
      { type: "function_call_output", call_id: "call_1", output: "sunny" },
      { type: "custom_tool_call_output", call_id: "call_2", output: "1 row" },
    ]);
  });
});

describe("MCP approvals", () => {
  const request = {
    type: "mcp_approval_request",
    id: "mcpr_1",
    server_label: "docs",
    name: "delete_page",
    arguments: "{}",
  };
  const second = { ...request, id: "mcpr_2" };

  it("continues with an mcp_approval_response for each decided request, keeping the draft's messages out", () => {
    const turns = [answeredTurn("resp_a", [request, second])];
    expect(pendingApprovals(turns).map((r) => r.id)).toEqual([
      "mcpr_1",
      "mcpr_2",
    ]);
    const partly = { toolOutputs: {}, approvals: { mcpr_1: true } };
    expect(approvalsDecided(turns, partly)).toBe(false);
    const answers = {
      toolOutputs: {},
      approvals: { mcpr_1: true, mcpr_2: false },
    };
    expect(approvalsDecided(turns, answers)).toBe(true);
    const next = nextRequest(
      draftWith("typed, not sent yet"),
      turns,
      answers,
      null,
      { answersOnly: true },
    );
    expect(next.body.previous_response_id).toBe("resp_a");
    expect(next.body.input).toEqual([
      {
        type: "mcp_approval_response",
        approval_request_id: "mcpr_1",
        approve: true,
      },
      {
        type: "mcp_approval_response",
        approval_request_id: "mcpr_2",
        approve: false,
      },
    ]);
    expect(next.newInput).toHaveLength(2);
  });

  it("has nothing pending once a later turn answered", () => {
    const turns = [
      answeredTurn("resp_a", [request]),
      answeredTurn("resp_b", [message]),
    ];
    expect(pendingApprovals(turns)).toEqual([]);
    expect(
      approvalsDecided(turns, { toolOutputs: {}, approvals: { mcpr_1: true } }),
    ).toBe(false);
  });
});
