import type { CreateRequest } from "../http/create-request-schema";
import type { EngineResponse, JsonObject } from "../types";

/** An authenticated MCP URL can carry a token in its path or query, so only its origin is echoed, as the API does. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname === "/" && parsed.search === ""
      ? parsed.origin
      : `${parsed.origin}/<redacted>`;
  } catch {
    return "<redacted>";
  }
}

/**
 * Function tools come back as the real API echoes them: strict by default, closed objects when strict. An MCP
 * tool's secrets never do: no `authorization`, `headers` null, and the URL's path redacted, so they are not
 * stored or shown wherever the response is.
 */
function echoTools(tools: CreateRequest["tools"]): JsonObject[] {
  return (tools ?? []).map((tool) => {
    if (tool.type === "mcp") {
      const { authorization: _secret, ...rest } = tool;
      return {
        ...rest,
        headers: null,
        ...(typeof tool.server_url === "string"
          ? { server_url: redactedUrl(tool.server_url) }
          : {}),
      };
    }
    if (tool.type !== "function") return tool;
    const strict = tool.strict ?? true;
    const parameters = tool.parameters ?? null;
    return {
      ...tool,
      description: tool.description ?? null,
      parameters:
        strict && parameters
          ? { ...parameters, additionalProperties: false }
          : parameters,
      strict,
    };
  });
}

export interface ResponseSeed {
  id: string;
  createdAt: number;
  conversationId: string | null;
  /** The effort a model that reasons by default uses when the request names none. */
  defaultEffort: string | null;
}

/** The Response object at creation, with every key the API sends present (nulls included). */
export function initialResponse(
  request: CreateRequest,
  seed: ResponseSeed,
): EngineResponse {
  const response = {
    id: seed.id,
    object: "response",
    created_at: seed.createdAt,
    status: request.background ? "queued" : "in_progress",
    background: request.background ?? false,
    completed_at: null,
    conversation: seed.conversationId ? { id: seed.conversationId } : null,
    error: null,
    // The API takes no penalties for Responses but echoes them as 0.0 (PROTOCOL.md, newer captures).
    frequency_penalty: 0,
    incomplete_details: null,
    instructions: request.instructions ?? null,
    max_output_tokens: request.max_output_tokens ?? null,
    max_tool_calls: request.max_tool_calls ?? null,
    model: request.model,
    output: [],
    parallel_tool_calls: request.parallel_tool_calls ?? true,
    presence_penalty: 0,
    previous_response_id: request.previous_response_id ?? null,
    prompt: request.prompt ?? null,
    prompt_cache_key: request.prompt_cache_key ?? null,
    prompt_cache_retention: request.prompt_cache_retention ?? null,
    reasoning: {
      effort: request.reasoning?.effort ?? seed.defaultEffort,
      summary:
        request.reasoning?.summary ??
        request.reasoning?.generate_summary ??
        null,
    },
    safety_identifier: request.safety_identifier ?? null,
    service_tier: request.service_tier ?? "auto",
    store: request.store ?? true,
    temperature: request.temperature ?? 1,
    text: {
      format: request.text?.format ?? { type: "text" },
      verbosity: request.text?.verbosity ?? "medium",
    },
    tool_choice: request.tool_choice ?? "auto",
    tools: echoTools(request.tools),
    top_logprobs: request.top_logprobs ?? 0,
    top_p: request.top_p ?? 1,
    truncation: request.truncation ?? "disabled",
    usage: null,
    user: request.user ?? null,
    metadata: request.metadata ?? {},
  };
  // The request was validated against the OpenAPI schema; its echoed values (nulls included) are wider than the SDK's types.
  return response as unknown as EngineResponse;
}
