import type {
  ResponseFormatTextConfig,
  ResponseInputItem,
  Tool,
} from "openai/resources/responses/responses";
import type {
  CreateRequest,
  InputTokensRequest,
} from "../http/create-request-schema";
import type { LocalModel, ModelContext } from "../model/types";
import { countInputTokens } from "../tokens";
import type { StoredItem } from "../types";
import { expandCompactions } from "./input-items";

/** Request parameters the model mentions in its reply when the client set them. */
const describedParameters = [
  "temperature",
  "top_p",
  "max_output_tokens",
  "max_tool_calls",
  "top_logprobs",
  "truncation",
  "service_tier",
  "store",
  "background",
  "metadata",
  "include",
  "prompt_cache_key",
  "safety_identifier",
] as const;

type ContextRequest = CreateRequest | InputTokensRequest;

/** The items the model sees: prior context and this input, with compaction items expanded. */
export function contextItems(
  prior: StoredItem[],
  input: StoredItem[],
): { items: StoredItem[]; newItemCount: number } {
  const newItems = expandCompactions(input);
  return {
    items: [...expandCompactions(prior, "previous_context"), ...newItems],
    newItemCount: newItems.length,
  };
}

export function buildModelContext(
  request: CreateRequest,
  model: LocalModel,
  items: StoredItem[],
  newItemCount: number,
  mediaNotes: ReadonlyMap<string, string>,
): ModelContext {
  const effort =
    request.reasoning?.effort ??
    (request.reasoning || model.reasonsByDefault ? "medium" : null);
  const summary =
    request.reasoning?.summary ?? request.reasoning?.generate_summary ?? null;
  const parameters: Record<string, unknown> = {};
  for (const name of describedParameters) {
    if (request[name] !== undefined && request[name] !== null)
      parameters[name] = request[name];
  }
  return {
    model: request.model,
    instructions: request.instructions ?? null,
    items: items as unknown as ResponseInputItem[],
    newItemCount,
    tools: (request.tools ?? []) as unknown as Tool[],
    toolChoice: request.tool_choice ?? "auto",
    parallelToolCalls: request.parallel_tool_calls ?? true,
    textFormat: (request.text?.format ?? {
      type: "text",
    }) as ResponseFormatTextConfig,
    reasoning: effort ? { effort, summary } : null,
    parameters,
    mediaNotes,
  };
}

/** The one input-token count for a request, used by `usage` and by `input_tokens` alike. */
export function requestInputTokens(
  request: ContextRequest,
  items: StoredItem[],
): number {
  return countInputTokens({
    instructions: request.instructions ?? null,
    items,
    tools: request.tools ?? [],
    textFormat: request.text?.format ?? null,
  });
}
