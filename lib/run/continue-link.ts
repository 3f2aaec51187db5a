/** What the playground's `/?continue=resp_…&upstream=…&model=…` link asks for. */
export interface ContinueRequest {
  responseId: string;
  upstream: string;
  model: string | null;
}

/** The playground link that continues a stored response with `previous_response_id`. */
export function continueHref(request: ContinueRequest): string {
  const params = new URLSearchParams({
    continue: request.responseId,
    upstream: request.upstream,
  });
  if (request.model) params.set("model", request.model);
  return `/?${params.toString()}`;
}

/** Reads a continue link's query string; null when it does not ask to continue anything. */
export function readContinueRequest(search: string): ContinueRequest | null {
  const params = new URLSearchParams(search);
  const responseId = params.get("continue")?.trim() ?? "";
  const upstream = params.get("upstream")?.trim() ?? "";
  if (responseId === "" || upstream === "") return null;
  const model = params.get("model")?.trim() ?? "";
  return { responseId, upstream, model: model === "" ? null : model };
}

/** The playground link that goes on in a stored conversation: `/?conversation=conv_…&upstream=…`. */
export function conversationHref(upstream: string, id: string): string {
  return `/?${new URLSearchParams({ conversation: id, upstream }).toString()}`;
}

/** Reads a conversation link's query string; null when it names none. */
export function readConversationRequest(
  search: string,
): { upstream: string; id: string } | null {
  const params = new URLSearchParams(search);
  const id = params.get("conversation")?.trim() ?? "";
  const upstream = params.get("upstream")?.trim() ?? "";
  return id === "" || upstream === "" ? null : { upstream, id };
}
