import type {
  ResponseCustomToolCall,
  ResponseFunctionToolCall,
  ResponseOutputItem,
} from "openai/resources/responses/responses";
import type { Turn } from "@/lib/stores/run-store";
import { answeredTurns } from "./continuation";

/** A call the client runs itself and answers with an output item in the next turn. */
export type PendingCall = ResponseFunctionToolCall | ResponseCustomToolCall;

export type McpApprovalRequest = Extract<
  ResponseOutputItem,
  { type: "mcp_approval_request" }
>;

/** What the user has given so far for the pending calls (by call_id) and approval requests (by request id). */
export interface Answers {
  toolOutputs: Readonly<Record<string, string>>;
  approvals: Readonly<Record<string, boolean>>;
}

function lastOutput(turns: readonly Turn[]): ResponseOutputItem[] {
  const last = answeredTurns(turns).at(-1);
  return last
    ? last.tree.output.flatMap((node) => (node.done ? [node.item] : []))
    : [];
}

/** Function and custom tool calls of the last answered turn: the next turn answers them together. */
export function pendingToolCalls(turns: readonly Turn[]): PendingCall[] {
  return lastOutput(turns).filter(
    (item): item is PendingCall =>
      item.type === "function_call" || item.type === "custom_tool_call",
  );
}

/** MCP approval requests of the last answered turn, which wait for an mcp_approval_response. */
export function pendingApprovals(turns: readonly Turn[]): McpApprovalRequest[] {
  return lastOutput(turns).filter(
    (item): item is McpApprovalRequest => item.type === "mcp_approval_request",
  );
}

/** The input items that answer what is pending: typed tool outputs, then approval decisions, in output order. */
export function answerItems(
  turns: readonly Turn[],
  answers: Answers,
): Record<string, unknown>[] {
  const outputs = pendingToolCalls(turns)
    .filter((call) => (answers.toolOutputs[call.call_id] ?? "").trim() !== "")
    .map((call) => ({
      type:
        call.type === "function_call"
          ? "function_call_output"
          : "custom_tool_call_output",
      call_id: call.call_id,
      output: answers.toolOutputs[call.call_id] ?? "",
    }));
  const decisions = pendingApprovals(turns).flatMap((request) => {
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
): boolean {
  const pending = pendingApprovals(turns);
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
  if (!pendingApprovals(turns).some((request) => request.id === requestId))
    return null;
  const decided = answers.approvals[requestId];
  return decided === undefined ? "pending" : decided ? "approved" : "denied";
}
