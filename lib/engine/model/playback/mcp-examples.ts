import type {
  ResponseInputItem,
  ResponseOutputItem,
  Tool,
} from "openai/resources/responses/responses";
import { invalidRequest } from "../../errors";
import { newId } from "../../ids";
import { stringField } from "../input-items";
import { statusStep, textSteps } from "../scripted-item";
import type { ModelContext, PlannedItem } from "../types";
import { playbackLabel } from "./label";

const TOOL_NAME = "roll_dice";
const ARGUMENTS = JSON.stringify({ sides: 6, count: 2 });
const OUTPUT =
  "Rolled 4 and 2 (a canned playback result; no server was called).";

/** The server label of the first offered MCP tool, so the playback matches the request. */
function serverLabel(tools: readonly Tool[]): string {
  const tool = tools.find((t) => t.type === "mcp");
  return tool?.type === "mcp" ? tool.server_label : "playback";
}

function listTools(label: string): PlannedItem {
  const added: ResponseOutputItem = {
    id: newId("mcpl"),
    type: "mcp_list_tools",
    server_label: label,
    tools: [],
  };
  const done: ResponseOutputItem = {
    ...added,
    tools: [
      {
        name: TOOL_NAME,
        description: `${playbackLabel("mcp")} Rolls dice.`,
        input_schema: {
          type: "object",
          properties: {
            sides: { type: "integer" },
            count: { type: "integer" },
          },
          required: ["sides", "count"],
        },
        annotations: null,
      },
    ],
    error: null,
  };
  const steps = [
    statusStep("response.mcp_list_tools.in_progress"),
    statusStep("response.mcp_list_tools.completed"),
  ];
  return { type: "scripted", item: { added, steps, done } };
}

function mcpCall(label: string, approvalRequestId: string | null): PlannedItem {
  const added: ResponseOutputItem = {
    id: newId("mcp"),
    type: "mcp_call",
    server_label: label,
    name: TOOL_NAME,
    arguments: "",
    status: "in_progress",
    approval_request_id: approvalRequestId,
  };
  const steps = [
    statusStep("response.mcp_call.in_progress", "in_progress"),
    ...textSteps("response.mcp_call_arguments", "arguments", ARGUMENTS),
    statusStep("response.mcp_call.completed", "completed"),
  ];
  const done: ResponseOutputItem = {
    ...added,
    arguments: ARGUMENTS,
    status: "completed",
    output: OUTPUT,
    error: null,
  };
  return { type: "scripted", item: { added, steps, done } };
}

/** Lists the server's tools, calls one, and reports its output. */
export function mcpExample(tools: readonly Tool[]): PlannedItem[] {
  const label = serverLabel(tools);
  return [
    listTools(label),
    mcpCall(label, null),
    {
      type: "message",
      text: `${playbackLabel("mcp")}\n\n${TOOL_NAME} on ${label} answered: ${OUTPUT}`,
    },
  ];
}

/** Lists the server's tools and asks for approval; the response ends there, awaiting an `mcp_approval_response`. */
export function mcpApprovalExample(tools: readonly Tool[]): PlannedItem[] {
  const label = serverLabel(tools);
  const request: ResponseOutputItem = {
    id: newId("mcpr"),
    type: "mcp_approval_request",
    server_label: label,
    name: TOOL_NAME,
    arguments: ARGUMENTS,
  };
  return [
    listTools(label),
    { type: "scripted", item: { added: request, steps: [], done: request } },
  ];
}

type ApprovalResponse = Extract<
  ResponseInputItem,
  { type: "mcp_approval_response" }
>;

/**
 * Answers this request's `mcp_approval_response` items: an approved request is called, a denied one is
 * reported; null when there are none. An answer to a request the context does not hold is rejected.
 */
export function planApprovalReplies(
  context: ModelContext,
): PlannedItem[] | null {
  const firstNew = context.items.length - context.newItemCount;
  const answers = context.items
    .slice(firstNew)
    .map((item, index) => ({ item, index }))
    .filter(
      (entry): entry is { item: ApprovalResponse; index: number } =>
        entry.item.type === "mcp_approval_response",
    );
  if (answers.length === 0) return null;
  const items = answers.flatMap(({ item, index }): PlannedItem[] => {
    const request = context.items.find(
      (candidate) =>
        candidate.type === "mcp_approval_request" &&
        candidate.id === item.approval_request_id,
    );
    if (request === undefined)
      throw invalidRequest(
        `No mcp_approval_request with id '${item.approval_request_id}' was found in this response's context.`,
        `input[${index}].approval_request_id`,
      );
    const label = stringField(request, "server_label") ?? "playback";
    if (!item.approve)
      return [
        {
          type: "message",
          text: `${playbackLabel("mcp_approval")}\n\nYou denied the call of ${TOOL_NAME} on ${label}, so it was not made.`,
        },
      ];
    return [
      mcpCall(label, item.approval_request_id),
      {
        type: "message",
        text: `${playbackLabel("mcp_approval")}\n\nYou approved the call. ${TOOL_NAME} on ${label} answered: ${OUTPUT}`,
      },
    ];
  });
  return items;
}
