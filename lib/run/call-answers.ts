import type {
  ResponseApplyPatchToolCall,
  ResponseComputerToolCall,
  ResponseFunctionShellCallOutputContent,
  ResponseFunctionShellToolCall,
  ResponseInputItem,
} from "openai/resources/responses/responses";

/** A client-run call answered with a form rather than one text box. */
export type FormCall =
  | ResponseComputerToolCall
  | ResponseFunctionShellToolCall
  | ResponseApplyPatchToolCall;

export interface ComputerAnswer {
  type: "computer_call_output";
  /** An image URL, or a data URL of an uploaded or pasted screenshot. */
  imageUrl: string;
  /** Ids of the pending safety checks the user acknowledged. */
  acknowledged: string[];
}

export interface ShellCommandAnswer {
  stdout: string;
  stderr: string;
  outcome: "exit" | "timeout";
  /** As typed, so a bad value stays in the box with its message. */
  exitCode: string;
}

export interface ShellAnswer {
  type: "shell_call_output";
  /** One result per command of the call's action, in order. */
  commands: ShellCommandAnswer[];
}

export interface ApplyPatchAnswer {
  type: "apply_patch_call_output";
  /** Null until the user says whether the patch applied. */
  status: "completed" | "failed" | null;
  output: string;
}

/** What the user has filled in so far for one form-answered call. */
export type CallAnswer = ComputerAnswer | ShellAnswer | ApplyPatchAnswer;

export type FormOutputItem =
  | ResponseInputItem.ComputerCallOutput
  | ResponseInputItem.ShellCallOutput
  | ResponseInputItem.ApplyPatchCallOutput;

/** The built item, or why the answer cannot be sent yet (in words, for the field that is wrong). */
export type AnswerResult = { item: FormOutputItem } | { problem: string };

/** A shell call's answer once the user touches it: each command exited 0 with no output. */
export function startingShellAnswer(
  call: ResponseFunctionShellToolCall,
): ShellAnswer {
  return {
    type: "shell_call_output",
    commands: call.action.commands.map(() => ({
      stdout: "",
      stderr: "",
      outcome: "exit",
      exitCode: "0",
    })),
  };
}

/** Why a screenshot location cannot be sent, or null when it is an http(s) URL or an image data URL. */
export function screenshotProblem(imageUrl: string): string | null {
  const url = imageUrl.trim();
  if (url === "")
    return "Add a screenshot: upload or paste an image, or enter its URL.";
  if (/^data:image\/[\w.+-]+;base64,/i.test(url)) return null;
  if (/^https?:\/\/\S+$/i.test(url)) return null;
  return "The screenshot must be an http(s) URL or an image data URL (data:image/...;base64,...).";
}

function computerItem(
  call: ResponseComputerToolCall,
  answer: ComputerAnswer,
): AnswerResult | null {
  if (answer.imageUrl.trim() === "" && answer.acknowledged.length === 0)
    return null;
  const problem = screenshotProblem(answer.imageUrl);
  if (problem) return { problem };
  // The API takes the pending checks back as they came, so they are sent unchanged.
  const acknowledged = call.pending_safety_checks.filter((check) =>
    answer.acknowledged.includes(check.id),
  );
  return {
    item: {
      type: "computer_call_output",
      call_id: call.call_id,
      output: {
        type: "computer_screenshot",
        image_url: answer.imageUrl.trim(),
      },
      ...(acknowledged.length > 0
        ? { acknowledged_safety_checks: acknowledged }
        : {}),
    },
  };
}

/** Why an exit code cannot be sent, or null for a whole number. */
export function exitCodeProblem(exitCode: string): string | null {
  return /^-?\d+$/.test(exitCode.trim())
    ? null
    : "The exit code must be a whole number, e.g. 0 or 1.";
}

function shellItem(
  call: ResponseFunctionShellToolCall,
  answer: ShellAnswer,
): AnswerResult {
  const output: ResponseFunctionShellCallOutputContent[] = [];
  for (const [index, command] of answer.commands.entries()) {
    const problem =
      command.outcome === "exit" ? exitCodeProblem(command.exitCode) : null;
    if (problem) return { problem: `Command ${index + 1}: ${problem}` };
    output.push({
      stdout: command.stdout,
      stderr: command.stderr,
      outcome:
        command.outcome === "timeout"
          ? { type: "timeout" }
          : { type: "exit", exit_code: Number(command.exitCode.trim()) },
    });
  }
  const limit = call.action.max_output_length;
  return {
    item: {
      type: "shell_call_output",
      call_id: call.call_id,
      output,
      ...(typeof limit === "number" ? { max_output_length: limit } : {}),
    },
  };
}

function applyPatchItem(
  call: ResponseApplyPatchToolCall,
  answer: ApplyPatchAnswer,
): AnswerResult | null {
  if (answer.status === null) {
    const problem = applyPatchProblem(answer);
    return problem === null ? null : { problem };
  }
  return {
    item: {
      type: "apply_patch_call_output",
      call_id: call.call_id,
      status: answer.status,
      ...(answer.output.trim() !== "" ? { output: answer.output } : {}),
    },
  };
}

/** Why an apply_patch answer cannot be sent: a log typed before saying whether the patch applied. */
export function applyPatchProblem(answer: ApplyPatchAnswer): string | null {
  return answer.status === null && answer.output.trim() !== ""
    ? "Choose whether the patch applied (completed) or not (failed)."
    : null;
}

/** The exact input item that answers `call`, built from what the user filled in (null: the form was not touched). */
export function formAnswerItem(
  call: FormCall,
  answer: CallAnswer | undefined,
): AnswerResult | null {
  if (call.type === "computer_call" && answer?.type === "computer_call_output")
    return computerItem(call, answer);
  if (call.type === "shell_call" && answer?.type === "shell_call_output")
    return shellItem(call, answer);
  if (
    call.type === "apply_patch_call" &&
    answer?.type === "apply_patch_call_output"
  )
    return applyPatchItem(call, answer);
  return null;
}
