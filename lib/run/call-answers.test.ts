import type {
  ResponseApplyPatchToolCall,
  ResponseComputerToolCall,
  ResponseFunctionShellToolCall,
} from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import {
  formAnswerItem,
  startingShellAnswer,
  type ShellCommandAnswer,
} from "./call-answers";

const PNG = "data:image/png;base64,iVBORw0KGgo=";

/** The problem of a built answer, or null when it built (or was empty). */
function problemOf(result: ReturnType<typeof formAnswerItem>): string | null {
  return result && "problem" in result ? result.problem : null;
}

const computerCall: ResponseComputerToolCall = {
  type: "computer_call",
  id: "cu_1",
  call_id: "call_cu",
  status: "completed",
  action: { type: "click", button: "left", x: 1, y: 2 },
  pending_safety_checks: [
    { id: "sc_1", code: "malicious_instructions", message: "Check it." },
    { id: "sc_2", code: "irrelevant_domain", message: "Elsewhere." },
  ],
};

const shellCall: ResponseFunctionShellToolCall = {
  type: "shell_call",
  id: "sh_1",
  call_id: "call_sh",
  status: "completed",
  environment: { type: "local" },
  action: {
    commands: ["ls", "sleep 99"],
    max_output_length: 4096,
    timeout_ms: 1000,
  },
};

const patchCall: ResponseApplyPatchToolCall = {
  type: "apply_patch_call",
  id: "apc_1",
  call_id: "call_ap",
  status: "completed",
  operation: { type: "update_file", path: "README.md", diff: "@@" },
};

describe("computer_call_output", () => {
  it("sends the screenshot and the acknowledged safety checks as the API gave them", () => {
    expect(
      formAnswerItem(computerCall, {
        type: "computer_call_output",
        imageUrl: ` ${PNG} `,
        acknowledged: ["sc_2"],
      }),
    ).toStrictEqual({
      item: {
        type: "computer_call_output",
        call_id: "call_cu",
        output: { type: "computer_screenshot", image_url: PNG },
        acknowledged_safety_checks: [
          { id: "sc_2", code: "irrelevant_domain", message: "Elsewhere." },
        ],
      },
    });
  });

  it("leaves acknowledged_safety_checks out when none is acknowledged, and takes an https URL", () => {
    expect(
      formAnswerItem(computerCall, {
        type: "computer_call_output",
        imageUrl: "https://example.com/screen.png",
        acknowledged: [],
      }),
    ).toStrictEqual({
      item: {
        type: "computer_call_output",
        call_id: "call_cu",
        output: {
          type: "computer_screenshot",
          image_url: "https://example.com/screen.png",
        },
      },
    });
  });

  it("says what is wrong with a missing or unusable screenshot", () => {
    const answer = (imageUrl: string) =>
      formAnswerItem(computerCall, {
        type: "computer_call_output",
        imageUrl,
        acknowledged: ["sc_1"],
      });
    expect(problemOf(answer(""))).toMatch(/^Add a screenshot/);
    expect(problemOf(answer("screen.png"))).toMatch(
      /http\(s\) URL or an image data URL/,
    );
    expect(problemOf(answer("data:text/plain;base64,aGk="))).toMatch(
      /http\(s\) URL or an image data URL/,
    );
  });

  it("is not an answer until something is filled in", () => {
    expect(
      formAnswerItem(computerCall, {
        type: "computer_call_output",
        imageUrl: "",
        acknowledged: [],
      }),
    ).toBeNull();
    expect(formAnswerItem(computerCall, undefined)).toBeNull();
  });
});

describe("shell_call_output", () => {
  const commands = (...results: Partial<ShellCommandAnswer>[]) => ({
    type: "shell_call_output" as const,
    commands: startingShellAnswer(shellCall).commands.map((each, index) => ({
      ...each,
      ...results[index],
    })),
  });

  it("sends one output per command, with its exit or timeout, and the call's max_output_length", () => {
    expect(
      formAnswerItem(
        shellCall,
        commands(
          { stdout: "a\nb\n", exitCode: " 2 " },
          { stderr: "killed", outcome: "timeout", exitCode: "nonsense" },
        ),
      ),
    ).toStrictEqual({
      item: {
        type: "shell_call_output",
        call_id: "call_sh",
        max_output_length: 4096,
        output: [
          {
            stdout: "a\nb\n",
            stderr: "",
            outcome: { type: "exit", exit_code: 2 },
          },
          { stdout: "", stderr: "killed", outcome: { type: "timeout" } },
        ],
      },
    });
  });

  it("leaves max_output_length out when the call had none", () => {
    const call = {
      ...shellCall,
      action: { ...shellCall.action, max_output_length: null },
    };
    const built = formAnswerItem(call, commands());
    expect(built).not.toBeNull();
    expect(built && "item" in built ? built.item : null).not.toHaveProperty(
      "max_output_length",
    );
  });

  it("names the command whose exit code is not a whole number", () => {
    expect(
      formAnswerItem(shellCall, commands({}, { exitCode: "1.5" })),
    ).toEqual({
      problem: "Command 2: The exit code must be a whole number, e.g. 0 or 1.",
    });
  });
});

describe("apply_patch_call_output", () => {
  it("sends the status, and the output only when there is one", () => {
    expect(
      formAnswerItem(patchCall, {
        type: "apply_patch_call_output",
        status: "failed",
        output: "hunk 1 did not apply",
      }),
    ).toStrictEqual({
      item: {
        type: "apply_patch_call_output",
        call_id: "call_ap",
        status: "failed",
        output: "hunk 1 did not apply",
      },
    });
    expect(
      formAnswerItem(patchCall, {
        type: "apply_patch_call_output",
        status: "completed",
        output: "  ",
      }),
    ).toStrictEqual({
      item: {
        type: "apply_patch_call_output",
        call_id: "call_ap",
        status: "completed",
      },
    });
  });

  it("asks for a status before an output can go", () => {
    const answer = (output: string) =>
      formAnswerItem(patchCall, {
        type: "apply_patch_call_output",
        status: null,
        output,
      });
    expect(answer("")).toBeNull();
    expect(problemOf(answer("applied"))).toMatch(
      /completed\) or not \(failed\)/,
    );
  });
});
