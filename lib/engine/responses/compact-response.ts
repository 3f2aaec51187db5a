import type { ApiReply } from "@/lib/api/api-reply";
import { seal } from "../compaction";
import type { EngineContext } from "../engine-context";
import { compactRequestSchema } from "../http/create-request-schema";
import { json } from "../http/respond";
import { checkMessageParts } from "../http/message-parts";
import { parseOrThrow } from "../http/validation";
import { newId } from "../ids";
import { countInputTokens, itemTokens } from "../tokens";
import type { StoredItem } from "../types";
import { normalizeInput, priorContext, resolveReferences } from "./input-items";
import { contextItems } from "./model-context";

function isUserMessage(item: StoredItem): boolean {
  return item.type === "message" && item.role === "user";
}

/** `POST /v1/responses/compact`: keeps the user messages and seals everything else into one compaction item. */
export function compactResponse(
  context: EngineContext,
  raw: unknown,
): ApiReply {
  const body = parseOrThrow(compactRequestSchema, raw);
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
  const compactionId = newId("cmp");
  const output: StoredItem[] = [
    ...items.filter(isUserMessage),
    {
      id: compactionId,
      type: "compaction",
      encrypted_content: seal(items.filter((item) => !isUserMessage(item))),
    },
  ];
  const inputTokens = countInputTokens({
    instructions: body.instructions ?? null,
    items,
    tools: [],
    textFormat: null,
  });
  const outputTokens = output.reduce((sum, item) => sum + itemTokens(item), 0);
  return json({
    id: compactionId,
    object: "response.compaction",
    created_at: Math.floor(Date.now() / 1000),
    output,
    usage: {
      input_tokens: inputTokens,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: outputTokens,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: inputTokens + outputTokens,
    },
  });
}
