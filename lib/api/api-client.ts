import { PLAYGROUND_API_KEY_HEADER } from "./api-key-header";
import { readFailure, type RequestFailure } from "./error-envelope";
import { proxyUrl } from "./proxy-url";

/** A failed call to the proxy, carrying the upstream's envelope so views can explain it in words. */
export class UpstreamRequestError extends Error {
  constructor(readonly failure: RequestFailure) {
    super(failure.message);
    this.name = "UpstreamRequestError";
  }

  get status(): number | null {
    return this.failure.status;
  }
}

export interface UpstreamCall {
  upstream: string;
  /** Path under `/v1`, without a leading slash; may carry a query string. */
  path: string;
  method?: "GET" | "POST" | "DELETE";
  body?: unknown;
  apiKey?: string | null;
  signal?: AbortSignal;
}

/** Calls an upstream's JSON endpoint through the proxy; a non-2xx or a network failure throws UpstreamRequestError. */
export async function callUpstream<T>(call: UpstreamCall): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (call.body !== undefined) headers["content-type"] = "application/json";
  if (call.apiKey) headers[PLAYGROUND_API_KEY_HEADER] = call.apiKey;
  let response: globalThis.Response;
  try {
    response = await fetch(proxyUrl(call.upstream, call.path), {
      method: call.method ?? "GET",
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: call.signal,
    });
  } catch (error) {
    if (call.signal?.aborted) throw error;
    throw new UpstreamRequestError({
      status: null,
      message: "The playground's server could not be reached.",
      code: null,
      type: null,
      param: null,
    });
  }
  if (!response.ok) throw new UpstreamRequestError(await readFailure(response));
  return (await response.json()) as T;
}
