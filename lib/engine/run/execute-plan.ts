import { seal } from "../compaction";
import type { ModelPlan, PlannedItem } from "../model/types";
import { emitFunctionCall, emitMessage, emitReasoning } from "./emit-items";
import type { ItemResult, ItemStream } from "./item-stream";
import { emitScripted } from "./emit-scripted";
import { Pacer, RunAborted } from "./pacer";
import type { ResponseRun } from "./response-run";
import type { EngineUsage } from "../types";

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
  run.begin();
  const stream: ItemStream = {
    run,
    pacer: new Pacer(settings.tokensPerSecond, run),
    obfuscate: settings.obfuscate,
    budget: settings.maxOutputTokens ?? Number.POSITIVE_INFINITY,
    topLogprobs: settings.topLogprobs,
  };
  const tally: Tally = { output: 0, reasoning: 0, truncated: false };
  try {
    await emitItems(stream, plan, settings, tally);
    finish(run, plan, usage(settings.inputTokens, tally), tally.truncated);
  } catch (error) {
    if (!(error instanceof RunAborted)) throw error;
    run.cancel(usage(settings.inputTokens, tally));
  }
}

/** Emits the planned items, stopping at the budget or halfway through a message that a stream error breaks. */
async function emitItems(
  stream: ItemStream,
  plan: ModelPlan,
  settings: ExecutionSettings,
  tally: Tally,
): Promise<void> {
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
      return emitFunctionCall(stream, item);
    case "scripted":
      return emitScripted(stream, item.item);
  }
}

/** Ends the run as its outcome says, unless the budget ran out first. */
function finish(
  run: ResponseRun,
  plan: ModelPlan,
  usage: EngineUsage,
  truncated: boolean,
): void {
  const { outcome } = plan;
  if (outcome.kind === "stream_error")
    run.failMidStream({ code: outcome.code, message: outcome.message }, usage);
  else if (truncated) run.incomplete("max_output_tokens", usage);
  else if (outcome.kind === "fail")
    run.fail({ code: outcome.code, message: outcome.message }, usage);
  else run.complete(usage);
}

function usage(inputTokens: number, tally: Tally): EngineUsage {
  return {
    input_tokens: inputTokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: tally.output,
    output_tokens_details: { reasoning_tokens: tally.reasoning },
    total_tokens: inputTokens + tally.output,
  };
}
