import {
  renderDescription,
  renderSummaryJson,
  summarizeInput,
} from "./describe-input";
import { parseDirectives, type Directives } from "./directives";
import { lastUserIndex, lastUserText } from "./input-items";
import { MARKDOWN_SAMPLE } from "./markdown-sample";
import { planApprovalReplies } from "./playback/mcp-examples";
import { forcedExampleCall } from "./playback/forced-call";
import { planPlayback } from "./playback/plan-playback";
import { prose } from "./prose";
import { planReasoning } from "./reasoning";
import { structuredText, type TextResult } from "./structured-output";
import { planToolCalls } from "./tool-calls";
import { toolResultsAfterLastUser, toolResultsReply } from "./tool-results";
import type {
  ModelContext,
  ModelPlan,
  PlannedItem,
  PlannedOutcome,
} from "./types";

/** The refusal `/refuse` produces; fixed so tests and docs can quote it. */
export const REFUSAL_TEXT =
  "I'm sorry, but I can't help with that request. (The local model refused on purpose: /refuse directive.)";
export const FAIL_MESSAGE =
  "The local model failed on purpose (/fail directive).";
export const STREAM_ERROR_MESSAGE =
  "The local model stopped streaming on purpose (/error directive).";

/** What the reply consists of, what to say it decided, and any failure its content ran into. */
interface Reply {
  items: PlannedItem[];
  decision: string;
  failure: string | null;
}

/** Maps an HTTP status to the error code the real API uses for it. */
function httpErrorCode(status: number): string {
  if (status === 429) return "rate_limit_exceeded";
  return status >= 500 ? "server_error" : "invalid_request_error";
}

function httpOutcome(status: number): PlannedOutcome {
  const message = `The local model answered HTTP ${status} on purpose (/http directive).`;
  return { kind: "http_error", status, code: httpErrorCode(status), message };
}

/** Picks the message text: a text format wins, then `/words`, `/markdown`, tool results, and the description. */
function messageText(
  context: ModelContext,
  servedBy: string,
  text: string,
  directives: Directives,
): TextResult & { decision: string } {
  const format = context.textFormat;
  if (format.type === "json_schema") {
    return {
      ...structuredText(format, text),
      decision: `answer with JSON matching the schema '${format.name}'`,
    };
  }
  if (format.type === "json_object") {
    return {
      ok: true,
      text: renderSummaryJson(summarizeInput(context, servedBy)),
      decision: "answer with a JSON object describing the input",
    };
  }
  if (directives.words !== null)
    return {
      ok: true,
      text: prose(directives.words),
      decision: `write ${directives.words} words of prose (/words)`,
    };
  if (directives.markdown)
    return {
      ok: true,
      text: MARKDOWN_SAMPLE,
      decision: "show the markdown sample (/markdown)",
    };
  const results = toolResultsAfterLastUser(context.items);
  if (results.length > 0)
    return {
      ok: true,
      text: toolResultsReply(results),
      decision: "report what the tools returned",
    };
  return {
    ok: true,
    text: renderDescription(summarizeInput(context, servedBy)),
    decision: "describe the input and repeat the last user message",
  };
}

/** A directive counts for playback only in this request's own user message, so answering a played-back call does not replay it. */
function playbackNames(
  context: ModelContext,
  directives: Directives,
): string[] | null {
  const isNew =
    lastUserIndex(context.items) >= context.items.length - context.newItemCount;
  return isNew ? directives.playback : null;
}

function planReply(
  context: ModelContext,
  servedBy: string,
  text: string,
  directives: Directives,
): Reply {
  const approvals = planApprovalReplies(context);
  if (approvals !== null)
    return {
      items: approvals,
      decision: "answer the MCP approval",
      failure: null,
    };
  const playback = playbackNames(context, directives);
  if (playback !== null)
    return {
      items: planPlayback(playback, context.tools),
      decision: "play back canned hosted-tool examples (/playback)",
      failure: null,
    };
  if (directives.refuse)
    return {
      items: [{ type: "refusal", refusal: REFUSAL_TEXT }],
      decision: "refuse (/refuse)",
      failure: null,
    };
  const calls = planToolCalls(context, text);
  if (calls.length > 0) {
    const items = calls.flatMap((call) => (call.ok ? [call.item] : []));
    const failure =
      calls.flatMap((call) => (call.ok ? [] : [call.message]))[0] ?? null;
    const names = calls.flatMap((call) => (call.ok ? [call.name] : []));
    return {
      items,
      decision: `call ${names.join(" and ") || "a tool"}`,
      failure,
    };
  }
  const forced = forcedExampleCall(context.toolChoice, context.tools);
  if (forced !== null)
    return {
      items: forced.items,
      decision: `call ${forced.name}, as tool_choice requires, with its example call`,
      failure: null,
    };
  const message = messageText(context, servedBy, text, directives);
  if (!message.ok)
    return { items: [], decision: message.decision, failure: message.message };
  return {
    items: [{ type: "message", text: message.text }],
    decision: message.decision,
    failure: null,
  };
}

function outcomeOf(
  directives: Directives,
  failure: string | null,
): PlannedOutcome {
  if (directives.error)
    return {
      kind: "stream_error",
      code: "server_error",
      message: STREAM_ERROR_MESSAGE,
    };
  if (directives.fail)
    return { kind: "fail", code: "server_error", message: FAIL_MESSAGE };
  if (failure !== null)
    return { kind: "fail", code: "server_error", message: failure };
  return { kind: "complete" };
}

/** The whole plan of an echo model: directives first, then reasoning, then the reply. */
export function planEcho(context: ModelContext, servedBy: string): ModelPlan {
  const text = lastUserText(context.items);
  const directives = parseDirectives(text);
  if (directives.httpStatus !== null)
    return { items: [], outcome: httpOutcome(directives.httpStatus) };
  const reply = planReply(context, servedBy, text, directives);
  const reasoning = planReasoning(context, {
    userText: text,
    decision: reply.decision,
  });
  return {
    items: reasoning === null ? reply.items : [reasoning, ...reply.items],
    outcome: outcomeOf(directives, reply.failure),
  };
}
