import { describe, expect, it } from "vitest";
import { defaultDraft } from "@/lib/request/draft";
import { nextRequest } from "./next-request";
import {
  answerItems,
  answerProblems,
  pendingToolCalls,
  type Answers,
} from "./pending-answers";
import type { ThreadOrigin } from "@/lib/stores/run-store";
import { answeredTurn } from "./testing/answered-turn";

const computer = {
  type: "computer_call",
  id: "cu_1",
  call_id: "call_cu",
  status: "completed",
  action: { type: "screenshot" },
  pending_safety_checks: [],
};
const localShell = {
  type: "local_shell_call",
  id: "lsh_1",
  call_id: "call_lsh",
  status: "completed",
  action: { type: "exec", command: ["ls"], env: {} },
};
const shell = {
  type: "shell_call",
  id: "sh_1",
  call_id: "call_sh",
  status: "completed",
  environment: { type: "local" },
  action: { commands: ["pwd"], max_output_length: null, timeout_ms: null },
};
const patch = {
  type: "apply_patch_call",
  id: "apc_1",
  call_id: "call_ap",
  status: "completed",
  operation: { type: "delete_file", path: "old.txt" },
};

const answers: Answers = {
  toolOutputs: { call_lsh: '{"stdout":"a"}' },
  callAnswers: {
    call_cu: {
      type: "computer_call_output",
      imageUrl: "https://example.com/s.png",
      acknowledged: [],
    },
    call_sh: {
      type: "shell_call_output",
      commands: [{ stdout: "/", stderr: "", outcome: "exit", exitCode: "0" }],
    },
    call_ap: {
      type: "apply_patch_call_output",
      status: "completed",
      output: "",
    },
  },
  approvals: {},
};

describe("pending client-run calls", () => {
  it("answers computer, local shell, shell and apply_patch calls together, in output order", () => {
    const turns = [
      answeredTurn("resp_a", [computer, localShell, shell, patch]),
    ];
    expect(pendingToolCalls(turns).map((call) => call.type)).toEqual([
      "computer_call",
      "local_shell_call",
      "shell_call",
      "apply_patch_call",
    ]);
    const next = nextRequest(
      { ...defaultDraft(), messages: [] },
      turns,
      answers,
    );
    expect(next.body.previous_response_id).toBe("resp_a");
    expect(next.body.input).toStrictEqual([
      {
        type: "computer_call_output",
        call_id: "call_cu",
        output: {
          type: "computer_screenshot",
          image_url: "https://example.com/s.png",
        },
      },
      {
        type: "local_shell_call_output",
        id: "call_lsh",
        output: '{"stdout":"a"}',
      },
      {
        type: "shell_call_output",
        call_id: "call_sh",
        output: [
          { stdout: "/", stderr: "", outcome: { type: "exit", exit_code: 0 } },
        ],
      },
      {
        type: "apply_patch_call_output",
        call_id: "call_ap",
        status: "completed",
      },
    ]);
  });

  it("skips a hosted shell call whose output came in the same response", () => {
    const output = {
      type: "shell_call_output",
      id: "sho_1",
      call_id: "call_sh",
      status: "completed",
      max_output_length: null,
      output: [],
    };
    expect(pendingToolCalls([answeredTurn("resp_a", [shell, output])])).toEqual(
      [],
    );
  });

  it("waits for a completed response: calls of an incomplete one are not answered", () => {
    const turns = [
      answeredTurn("resp_a", [computer, shell], { status: "incomplete" }),
    ];
    expect(pendingToolCalls(turns)).toEqual([]);
    expect(answerItems(turns, answers)).toEqual([]);
  });

  it("holds back an answer with a problem and names the call it belongs to", () => {
    const turns = [answeredTurn("resp_a", [shell])];
    const bad: Answers = {
      ...answers,
      callAnswers: {
        call_sh: {
          type: "shell_call_output",
          commands: [
            { stdout: "", stderr: "", outcome: "exit", exitCode: "x" },
          ],
        },
      },
    };
    expect(answerProblems(turns, bad)).toEqual([
      {
        callId: "call_sh",
        message:
          "Command 1: The exit code must be a whole number, e.g. 0 or 1.",
      },
    ]);
    const next = nextRequest({ ...defaultDraft(), messages: [] }, turns, bad);
    expect(next.body.input).toEqual([]);
    expect(next.problems).toContainEqual({
      field: "answer to call_sh",
      message: "Command 1: The exit code must be a whole number, e.g. 0 or 1.",
    });
  });

  it("answers the calls of the stored response a thread continues from, until a turn of its own answers", () => {
    const origin = {
      upstream: "local",
      previousResponseId: "resp_stored",
      items: [],
      label: "Continuing from resp_stored",
      notes: [],
      output: [patch] as unknown as ThreadOrigin["output"],
    };
    expect(pendingToolCalls([], origin).map((call) => call.call_id)).toEqual([
      "call_ap",
    ]);
    const next = nextRequest(
      { ...defaultDraft(), messages: [] },
      [],
      answers,
      origin,
    );
    expect(next.body).toMatchObject({
      previous_response_id: "resp_stored",
      input: [
        {
          type: "apply_patch_call_output",
          call_id: "call_ap",
          status: "completed",
        },
      ],
    });
    // Once the thread has a response of its own, that one's calls are the ones waiting.
    const turns = [answeredTurn("resp_a", [computer])];
    expect(pendingToolCalls(turns, origin).map((call) => call.call_id)).toEqual(
      ["call_cu"],
    );
  });
});
