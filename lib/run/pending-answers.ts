import type {
  ResponseCustomToolCall,
  ResponseCustomToolCallOutput,
  ResponseFunctionToolCall,
  ResponseInputItem,
  ResponseOutputItem,
} from "openai/resources/responses/responses";
import type { ThreadOrigin, Turn } from "@/lib/stores/run-store";
import {
  formAnswerItem,
  type CallAnswer,
  type FormCall,
  type FormOutputItem,
} from "./call-answers";
import { answeredTurns } from "./continuation";

/** A call answered with one text box: its output is what the user typed. */
export type TextCall =
  | ResponseFunctionToolCall
  | ResponseCustomToolCall
  | ResponseOutputItem.LocalShellCall;

/** A call the client runs itself and answers with an output item in the next turn. */
export type PendingCall = TextCall | FormCall;

const clientRunCalls = new Set<string>([
  "function_call",
  "custom_tool_call",
  "local_shell_call",
  "computer_call",
  "shell_call",
  "apply_patch_call",
] satisfies PendingCall["type"][]);

export type McpApprovalRequest = Extract<
  ResponseOutputItem,
  { type: "mcp_approval_request" }
>;

/** What the user has given so far for the pending calls (by call_id) and approval requests (by request id). */
export interface Answers {
  /** Text answers of function, custom tool and local shell calls. */
  toolOutputs: Readonly<Record<string, string>>;
  /** Form answers of computer, shell and apply_patch calls. */
  callAnswers?: Readonly<Record<string, CallAnswer>>;
  approvals: Readonly<Record<string, boolean>>;
}

/**
 * The finished items of the last answered turn, once its response completed (nothing waits on a failed one);
 * before any, the output of the stored response the thread continues from, once read back.
 */
function lastOutput(
  turns: readonly Turn[],
  origin: ThreadOrigin | null,
): readonly ResponseOutputItem[] {
  const last = answeredTurns(turns).at(-1);
  if (!last) return origin?.output ?? [];
  return last.tree.status === "completed"
    ? last.tree.output.flatMap((node) => (node.done ? [node.item] : []))
    : [];
}

function isPendingCall(item: ResponseOutputItem): item is PendingCall {
  return clientRunCalls.has(item.type);
}

/**
 * Client-run calls of the last completed response that its output does not answer itself (a hosted shell
 * call comes with its shell_call_output): the next turn answers them together, in output order.
 */
export function pendingToolCalls(
  turns: readonly Turn[],
  origin: ThreadOrigin | null = null,
): PendingCall[] {
  const output = lastOutput(turns, origin);
  const answered = new Set(
    output.flatMap((item) =>
      !isPendingCall(item) && "call_id" in item ? [item.call_id] : [],
    ),
  );
  return output.filter(
    (item): item is PendingCall =>
      isPendingCall(item) && !answered.has(item.call_id),
  );
}

/** The output item type that answers a function or custom tool call. */
const textOutputType = {
  function_call: "function_call_output",
  custom_tool_call: "custom_tool_call_output",
} as const;

/** Every output item type a pending call is answered with, as the SDK types them. */
export type AnswerItem =
  | ResponseInputItem.FunctionCallOutput
  | ResponseCustomToolCallOutput
  | ResponseInputItem.LocalShellCallOutput
  | FormOutputItem;

/** The item answering one pending call, why it cannot go yet, or null while it has no answer. */
export function answerFor(
  call: PendingCall,
  answers: Answers,
): { item: AnswerItem } | { problem: string } | null {
  if (
    call.type === "function_call" ||
    call.type === "custom_tool_call" ||
    call.type === "local_shell_call"
  ) {
    const output = answers.toolOutputs[call.call_id] ?? "";
    if (output.trim() === "") return null;
    // A local_shell_call_output names the call by `id` (the call's call_id), as the SDK's type has it.
    if (call.type === "local_shell_call")
      return {
        item: { type: "local_shell_call_output", id: call.call_id, output },
      };
    return {
      item: { type: textOutputType[call.type], call_id: call.call_id, output },
    };
  }
  return formAnswerItem(call, answers.callAnswers?.[call.call_id]);
}

/** Why pending answers cannot be sent yet, by call id; Send waits until there are none. */
export function answerProblems(
  turns: readonly Turn[],
  answers: Answers,
  origin: ThreadOrigin | null = null,
): { callId: string; message: string }[] {
  return pendingToolCalls(turns, origin).flatMap((call) => {
    const answer = answerFor(call, answers);
    return answer && "problem" in answer
      ? [{ callId: call.call_id, message: answer.problem }]
      : [];
  });
}

/** MCP approval requests of the last answered turn, which wait for an mcp_approval_response. */
export function pendingApprovals(
  turns: readonly Turn[],
  origin: ThreadOrigin | null = null,
): McpApprovalRequest[] {
  return lastOutput(turns, origin).filter(
    (item): item is McpApprovalRequest => item.type === "mcp_approval_request",
  );
}

/** The input items that answer what is pending: typed tool outputs, then approval decisions, in output order. */
export function answerItems(
  turns: readonly Turn[],
  answers: Answers,
  origin: ThreadOrigin | null = null,
): Record<string, unknown>[] {
  const outputs = pendingToolCalls(turns, origin).flatMap((call) => {
    const answer = answerFor(call, answers);
    // Spread into a plain object, which (unlike the SDK's interfaces) fits the thread's item records.
    return answer && "item" in answer ? [{ ...answer.item }] : [];
  });
  const decisions = pendingApprovals(turns, origin).flatMap((request) => {
    const approve = answers.approvals[request.id];
    return approve === undefined
      ? []
      : [
          {
            type: "mcp_approval_response",
            approval_request_id: request.id,
            approve,
          },
        ];
  });
  return [...outputs, ...decisions];
}

/** Whether every pending approval request has a decision (then the answers can go without waiting for Send). */
export function approvalsDecided(
  turns: readonly Turn[],
  answers: Answers,
  origin: ThreadOrigin | null = null,
): boolean {
  const pending = pendingApprovals(turns, origin);
  return (
    pending.length > 0 &&
    pending.every((request) => answers.approvals[request.id] !== undefined)
  );
}

/** Where an MCP approval request stands in the thread: waiting, or answered (by a sent turn or a pick not yet sent). */
export type ApprovalStatus = "pending" | "approved" | "denied" | null;

export function approvalStatus(
  turns: readonly Turn[],
  answers: Answers,
  requestId: string,
  origin: ThreadOrigin | null = null,
): ApprovalStatus {
  for (const turn of turns) {
    for (const item of turn.newInput) {
      if (
        item.type === "mcp_approval_response" &&
        item.approval_request_id === requestId
      )
        return item.approve === true ? "approved" : "denied";
    }
  }
  if (
    !pendingApprovals(turns, origin).some((request) => request.id === requestId)
  )
    return null;
  const decided = answers.approvals[requestId];
  return decided === undefined ? "pending" : decided ? "approved" : "denied";
}
