import type { ApiReply } from "@/lib/api/api-reply";
import type { EngineContext } from "../engine-context";
import { invalidRequest, notFound } from "../errors";
import { inputTokensRequestSchema } from "../http/create-request-schema";
import {
  parsePageQuery,
  queryObject,
  retrieveQuerySchema,
} from "../http/query";
import { json, rawJson, sseResponse } from "../http/respond";
import { checkMessageParts } from "../http/message-parts";
import { parseOrThrow } from "../http/validation";
import type { EngineResponse } from "../types";
import { normalizeInput, priorContext, resolveReferences } from "./input-items";
import { contextItems, requestInputTokens } from "./model-context";

/** The response as it is now: the live snapshot while it runs, else the stored one. */
function findResponse(context: EngineContext, id: string): EngineResponse {
  const response =
    context.runs.get(id)?.response ?? context.store.getResponse(id);
  if (!response || !response.store)
    throw notFound(`Response with id '${id}' not found.`);
  return response;
}

export function retrieveResponse(
  context: EngineContext,
  id: string,
  url: URL,
): ApiReply {
  const query = parseOrThrow(retrieveQuerySchema, queryObject(url));
  if (query.stream !== "true" && !context.runs.has(id)) {
    // Only stored responses have rows, and the row is already the JSON to send.
    const stored = context.store.getResponseJson(id);
    if (stored === null) throw notFound(`Response with id '${id}' not found.`);
    return rawJson(stored);
  }
  const response = findResponse(context, id);
  if (query.stream !== "true") return json(response);
  if (!response.background) {
    throw invalidRequest(
      "Only background responses can be streamed again: create it with background=true.",
      "stream",
    );
  }
  // Stored events and the live subscription are read in one tick, so none is lost or repeated.
  const replay = context.store.eventsAfter(id, query.starting_after ?? -1);
  const after = replay.at(-1)?.sequence ?? query.starting_after ?? -1;
  return sseResponse(context.runs.get(id) ?? null, { replay, after });
}

export function deleteResponse(context: EngineContext, id: string): ApiReply {
  findResponse(context, id);
  context.runs.get(id)?.abort();
  context.store.deleteResponse(id);
  return json({ id, object: "response.deleted", deleted: true });
}

/** What the API answers a cancel of a response that ended otherwise; a cancelled one is returned again. */
const CANCEL_REFUSALS: Readonly<Record<string, string>> = {
  completed: "Cannot cancel a completed response.",
  failed: "Cannot cancel a failed response.",
  incomplete: "Cannot cancel a response in terminal state.",
};

/** Stops a background response; one that already ended is refused as the API refuses it. */
export async function cancelResponse(
  context: EngineContext,
  id: string,
): Promise<ApiReply> {
  const response = findResponse(context, id);
  if (!response.background)
    throw invalidRequest("Cannot cancel a synchronous response.");
  const run = context.runs.get(id);
  if (run) {
    run.abort();
    await new Promise<void>((resolve) =>
      run.subscribe((frame) => "end" in frame && resolve()),
    );
    return json(run.response);
  }
  const refusal = CANCEL_REFUSALS[String(response.status)];
  if (refusal) throw invalidRequest(refusal);
  return json(response);
}

export function listInputItems(
  context: EngineContext,
  id: string,
  url: URL,
): ApiReply {
  const query = parsePageQuery(url);
  findResponse(context, id);
  const page = context.store.pageInputItems(id, query);
  if (!page)
    throw invalidRequest(
      `No input item with id '${query.after}' in response '${id}'.`,
      "after",
    );
  return json(page);
}

export function countResponseInputTokens(
  context: EngineContext,
  raw: unknown,
): ApiReply {
  const body = parseOrThrow(inputTokensRequestSchema, raw);
  checkMessageParts(body.input, "input");
  const prior = priorContext(
    context.store,
    body.previous_response_id,
    body.conversation,
  );
  const { items } = contextItems(
    prior.items,
    resolveReferences(normalizeInput(body.input), prior.items, context.store),
  );
  return json({
    object: "response.input_tokens",
    input_tokens: requestInputTokens(body, items),
  });
}
