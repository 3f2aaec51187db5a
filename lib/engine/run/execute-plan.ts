import { seal } from "../compaction";
import type { ModelPlan, PlannedItem } from "../model/types";
import type { JsonObject } from "../types";
import {
  emitFunctionCall,
  emitMessage,
  emitReasoning,
  type ItemResult,
  type ItemStream,
} from "./emit-items";
import { emitScripted } from "./emit-scripted";
import { Pacer, RunAborted } from "./pacer";
import type { ResponseRun } from "./response-run";

export interface ExecutionSettings {
  tokensPerSecond: number;
  obfuscate: boolean;
  includeEncryptedReasoning: boolean;
  maxOutputTokens: number | null;
  inputTokens: number;
  /** Alternatives per token when `include` asks for `message.output_text.logprobs`; null otherwise. */
  topLogprobs: number | null;
}

interface Tally {
  output: number;
  reasoning: number;
  truncated: boolean;
}

/** Streams a model's plan as Responses API events and leaves the run's response in its final state. */
export async function executePlan(
  run: ResponseRun,
  plan: ModelPlan,
  settings: ExecutionSettings,
): Promise<void> {
  const response = run.response as unknown as JsonObject;
  run.emitLifecycle("response.created");
  // A background response is stored as queued; any other already starts in progress, as stored.
  if (response.status !== "in_progress") {
    response.status = "in_progress";
    run.save();
  }
  run.emitLifecycle("response.in_progress");
  const stream: ItemStream = {
    run,
    pacer: new Pacer(settings.tokensPerSecond, run.signal),
    obfuscate: settings.obfuscate,
    budget: settings.maxOutputTokens ?? Number.POSITIVE_INFINITY,
    topLogprobs: settings.topLogprobs,
  };
  const tally: Tally = { output: 0, reasoning: 0, truncated: false };
  try {
    const errored = await emitItems(stream, plan, settings, tally);
    response.usage = usage(settings.inputTokens, tally);
    if (errored) return;
    finish(run, plan, tally);
  } catch (error) {
    if (!(error instanceof RunAborted)) throw error;
    response.status = "cancelled";
    response.usage = usage(settings.inputTokens, tally);
    markUnfinishedItems(response);
  }
}

/** Emits the planned items; returns true when the run ended with a mid-stream `error` event. */
async function emitItems(
  stream: ItemStream,
  plan: ModelPlan,
  settings: ExecutionSettings,
  tally: Tally,
) {
  const streamError =
    plan.outcome.kind === "stream_error" ? plan.outcome : null;
  for (const item of plan.items) {
    if (stream.budget <= 0) {
      tally.truncated = true;
      break;
    }
    if (streamError && (item.type === "message" || item.type === "refusal")) {
      const result = await emitMessage(
        stream,
        item.type === "message" ? "output_text" : "refusal",
        item.type === "message" ? item.text : item.refusal,
        { stopHalfway: true },
      );
      tally.output += result.tokens;
      break;
    }
    const result = await emitItem(stream, item, settings);
    tally.output += result.tokens;
    if (item.type === "reasoning") tally.reasoning += result.tokens;
    stream.budget -= result.tokens;
    if (result.truncated) {
      tally.truncated = true;
      break;
    }
  }
  if (!streamError) return false;
  failWithErrorEvent(stream.run, streamError.code, streamError.message);
  return true;
}

function emitItem(
  stream: ItemStream,
  item: PlannedItem,
  settings: ExecutionSettings,
): Promise<ItemResult> {
  switch (item.type) {
    case "reasoning":
      return emitReasoning(
        stream,
        item.reasoning,
        item.summary,
        settings.includeEncryptedReasoning ? seal(item) : null,
      );
    case "message":
      return emitMessage(stream, "output_text", item.text, {
        annotations: item.annotations ?? [],
      });
    case "refusal":
      return emitMessage(stream, "refusal", item.refusal);
    case "function_call":
      return emitFunctionCall(stream, item.name, item.arguments);
    case "scripted":
      return emitScripted(stream, item.item);
  }
}

/** An `error` event mid-stream: the response is failed and the stream stops there. */
function failWithErrorEvent(
  run: ResponseRun,
  code: string,
  message: string,
): void {
  const response = run.response as unknown as JsonObject;
  response.status = "failed";
  response.error = { code, message };
  markUnfinishedItems(response);
  run.emit({
    type: "error",
    code,
    message,
    param: null,
    error: { type: "server_error", code, message, param: null },
  });
}

function finish(run: ResponseRun, plan: ModelPlan, tally: Tally): void {
  const response = run.response as unknown as JsonObject;
  if (response.service_tier === "auto") response.service_tier = "default";
  if (tally.truncated) {
    response.status = "incomplete";
    response.incomplete_details = { reason: "max_output_tokens" };
    run.emitLifecycle("response.incomplete");
  } else if (plan.outcome.kind === "fail") {
    response.status = "failed";
    response.error = { code: plan.outcome.code, message: plan.outcome.message };
    run.emitLifecycle("response.failed");
  } else {
    response.status = "completed";
    response.completed_at = Math.floor(Date.now() / 1000);
    run.emitLifecycle("response.completed");
  }
}

function usage(inputTokens: number, tally: Tally): JsonObject {
  return {
    input_tokens: inputTokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: tally.output,
    output_tokens_details: { reasoning_tokens: tally.reasoning },
    total_tokens: inputTokens + tally.output,
  };
}

function markUnfinishedItems(response: JsonObject): void {
  for (const item of response.output as JsonObject[]) {
    if (item.status === "in_progress") item.status = "incomplete";
  }
}
