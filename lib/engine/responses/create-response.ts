import type { ApiReply } from "@/lib/api/api-reply";
import type { EngineContext } from "../engine-context";
import { ApiError } from "@/lib/api/api-error";
import { invalidRequest } from "../errors";
import {
  createRequestSchema,
  type CreateRequest,
} from "../http/create-request-schema";
import { json, rawJson, sseResponse } from "../http/respond";
import { checkCreateRules } from "../http/strict-schema";
import { parseOrThrow } from "../http/validation";
import { newId } from "../ids";
import { inspectInput } from "../media/inspect-input";
import { resolveModel } from "../model/local-models";
import { playbackRequested } from "../model/playback/plan-playback";
import type { ModelPlan } from "../model/types";
import { executePlan } from "../run/execute-plan";
import { ResponseRun } from "../run/response-run";
import { assertToolsRunnable } from "../tools/hosted-tools";
import type { StoredItem } from "../types";
import {
  normalizeInput,
  priorContext,
  resolveReferences,
  withListedStatus,
} from "./input-items";
import {
  buildModelContext,
  contextItems,
  requestInputTokens,
} from "./model-context";
import { initialResponse } from "./response-object";
import { checkDuplicateItems } from "./duplicate-items";
import { checkItemIdPrefixes } from "./item-id-prefixes";
import { checkJsonModeMentionsJson } from "./json-mode";
import { checkToolChoice } from "./tool-choice";
import { checkToolPairs } from "./tool-pairs";

/** `POST /v1/responses`: plans the answer, then returns it as JSON, as SSE, or at once in the background. */
export async function createResponse(
  context: EngineContext,
  raw: unknown,
): Promise<ApiReply> {
  const body = parseOrThrow(createRequestSchema, raw);
  if (body.background && body.store === false) {
    throw invalidRequest(
      "Background responses must be stored: remove store=false or background=true.",
      "background",
    );
  }
  checkToolChoice(body);
  checkCreateRules(body);
  checkItemIdPrefixes(body.input);
  const prior = priorContext(
    context.store,
    body.previous_response_id,
    body.conversation,
  );
  const inputItems = resolveReferences(
    normalizeInput(body.input),
    prior.items,
    context.store,
  );
  checkDuplicateItems(inputItems, prior.conversationId ? prior.items : []);
  const { items, newItemCount } = contextItems(prior.items, inputItems);
  checkToolPairs(items);
  checkJsonModeMentionsJson(body, items);
  const model = resolveModel(body.model);
  const mediaNotes = await inspectInput(inputItems, context.store.files);
  const modelContext = buildModelContext(
    body,
    model,
    items,
    newItemCount,
    mediaNotes,
  );
  assertToolsRunnable(
    modelContext.tools,
    modelContext.toolChoice,
    playbackRequested(modelContext.items),
  );
  const plan = model.plan(modelContext);
  if (plan.outcome.kind === "http_error") throw httpError(plan.outcome);

  const response = initialResponse(body, {
    id: newId("resp"),
    createdAt: Math.floor(Date.now() / 1000),
    conversationId: prior.conversationId,
    defaultEffort: model.reasonsByDefault ? "medium" : null,
  });
  const stored = body.store ?? true;
  // A chained response's input items are the whole context the model saw, as the API lists them.
  const storedInput = body.previous_response_id
    ? [...prior.items, ...inputItems]
    : inputItems;
  if (stored) context.store.insertResponse(response, storedInput);
  const run = new ResponseRun(response, {
    store: context.store,
    persistResponse: stored,
    persistEvents: !!body.background,
  });
  context.runs.set(response.id, run);

  // Subscribe (or snapshot) before the run starts: at full speed it can finish within this tick.
  const reply = body.stream
    ? sseResponse(
        run,
        body.background ? {} : { onDisconnect: () => run.abort() },
      )
    : body.background
      ? json(response)
      : null;
  const finished = runToEnd(
    context,
    run,
    plan,
    body,
    inputItems,
    requestInputTokens(body, items),
  );
  if (reply) return reply;
  await finished;
  return rawJson(run.json());
}

async function runToEnd(
  context: EngineContext,
  run: ResponseRun,
  plan: ModelPlan,
  body: CreateRequest,
  inputItems: StoredItem[],
  inputTokens: number,
): Promise<void> {
  try {
    await executePlan(run, plan, {
      tokensPerSecond: context.tokensPerSecond,
      obfuscate: body.stream_options?.include_obfuscation !== false,
      includeEncryptedReasoning:
        body.include?.includes("reasoning.encrypted_content") ?? false,
      maxOutputTokens: body.max_output_tokens ?? null,
      inputTokens,
      topLogprobs: body.include?.includes("message.output_text.logprobs")
        ? (body.top_logprobs ?? 0)
        : null,
    });
  } catch {
    run.fail({
      code: "server_error",
      message: "The local engine hit an internal error while generating.",
    });
  } finally {
    const conversation = run.response.conversation;
    // store:false keeps nothing on the server: the conversation is read, not added to (as the API does).
    if (
      conversation &&
      body.store !== false &&
      context.store.isOpen &&
      context.store.conversations.get(conversation.id)
    ) {
      context.store.conversations.appendItems(conversation.id, [
        ...inputItems,
        ...run.output.map(withListedStatus),
      ]);
    }
    run.end();
    context.runs.delete(run.response.id);
  }
}

function httpError(outcome: {
  status: number;
  code: string;
  message: string;
}): ApiError {
  return new ApiError(outcome.status, outcome.message, {
    type:
      outcome.status === 429
        ? "rate_limit_error"
        : outcome.status >= 500
          ? "server_error"
          : "invalid_request_error",
    code: outcome.code,
    headers: { "x-should-retry": "false" },
  });
}
