import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { isRecord, readString, type JsonRecord } from "../json";
import { reconcileSnapshot } from "../reconcile";
import type { RunError, RunStatus, RunTree, TerminalKind } from "../run-tree";
import {
  addViolation,
  type EventContext,
  type EventHandler,
} from "../tree-ops";

const responseStatuses: ReadonlySet<string> = new Set([
  "queued",
  "in_progress",
  "completed",
  "failed",
  "cancelled",
  "incomplete",
]);

function isStatus(value: unknown): value is ApiResponse["status"] {
  return typeof value === "string" && responseStatuses.has(value);
}

/** A lifecycle event's Response is trusted once it is an object: every field is read defensively. */
function isResponse(value: unknown): value is ApiResponse {
  return isRecord(value);
}

function checkResponseId(
  tree: RunTree,
  ctx: EventContext,
  id: string | null,
): RunTree {
  if (id === null || tree.responseId === null || id === tree.responseId)
    return tree;
  return addViolation(
    tree,
    ctx.event,
    "response_id_changed",
    `The response id changed from ${tree.responseId} to ${id}.`,
  );
}

function failureError(
  response: ApiResponse,
  eventIndex: number,
): RunError | null {
  const error: unknown = response.error;
  if (!isRecord(error)) return null;
  return {
    source: "response",
    code: readString(error, "code"),
    message:
      readString(error, "message") ?? "The response failed without a message.",
    param: readString(error, "param"),
    type: readString(error, "type"),
    eventIndex,
  };
}

/** The status a lifecycle event implies, and the terminal kind it ends the run with (if any). */
interface Lifecycle {
  status: ApiResponse["status"];
  terminal: TerminalKind | null;
}

function lifecycleHandler(lifecycle: Lifecycle): EventHandler {
  return (tree, ctx) => {
    const response = ctx.data.response;
    if (!isResponse(response)) {
      const next = addViolation(
        tree,
        ctx.event,
        "invalid_event",
        `${ctx.event.type} carries no response object.`,
      );
      return {
        ...next,
        status: lifecycle.status,
        terminal: lifecycle.terminal ?? next.terminal,
      };
    }
    const id = typeof response.id === "string" ? response.id : null;
    const status: RunStatus = isStatus(response.status)
      ? response.status
      : lifecycle.status;
    const terminal =
      lifecycle.terminal ?? (status === "cancelled" ? "cancelled" : null);
    let next: RunTree = {
      ...checkResponseId(tree, ctx, id),
      response,
      responseId: id ?? tree.responseId,
      status,
      usage: isRecord(response.usage) ? response.usage : tree.usage,
      incompleteDetails: isRecord(response.incomplete_details)
        ? response.incomplete_details
        : tree.incompleteDetails,
    };
    if (terminal === null) return next;
    next = {
      ...next,
      terminal,
      error: failureError(response, ctx.event.index) ?? next.error,
    };
    return reconcileSnapshot(
      next,
      ctx,
      response.output,
      lifecycle.terminal === "completed",
    );
  };
}

export const lifecycleHandlers = {
  "response.created": lifecycleHandler({
    status: "in_progress",
    terminal: null,
  }),
  "response.queued": lifecycleHandler({ status: "queued", terminal: null }),
  "response.in_progress": lifecycleHandler({
    status: "in_progress",
    terminal: null,
  }),
  "response.completed": lifecycleHandler({
    status: "completed",
    terminal: "completed",
  }),
  "response.incomplete": lifecycleHandler({
    status: "incomplete",
    terminal: "incomplete",
  }),
  "response.failed": lifecycleHandler({ status: "failed", terminal: "failed" }),
} as const satisfies Record<string, EventHandler>;

/** Reads an `error` event whether its fields are flat (`{code,message,param}`) or nested under `error`. */
function readErrorEvent(data: JsonRecord, eventIndex: number): RunError {
  const nested = isRecord(data.error) ? data.error : {};
  const pick = (key: string): string | null =>
    readString(data, key) ?? readString(nested, key);
  return {
    source: "error_event",
    code: pick("code"),
    message:
      pick("message") ?? "The server sent an error event without a message.",
    param: pick("param"),
    type: readString(nested, "type") ?? readString(data, "error_type"),
    eventIndex,
  };
}

export const onError: EventHandler = (tree, ctx) => ({
  ...tree,
  status: "errored",
  terminal: "error",
  error: readErrorEvent(ctx.data, ctx.event.index),
});

export const onKeepalive: EventHandler = (tree) => tree;
