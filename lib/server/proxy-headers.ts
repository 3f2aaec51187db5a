import "server-only";
import type { Upstream } from "./upstreams";

/** Client headers an upstream may need; everything else (cookies, the client's own Authorization, SDK telemetry) stays behind. */
export const FORWARDED_REQUEST_HEADERS = [
  "content-type",
  "accept",
  "openai-beta",
  "idempotency-key",
] as const;

/** Upstream headers the client may need to read: the payload type, request ids for support, rate-limit and retry hints, and a 405's methods. */
export const RETURNED_RESPONSE_HEADERS = [
  "content-type",
  "allow",
  "x-request-id",
  "openai-processing-ms",
  "openai-version",
  "retry-after",
  "retry-after-ms",
  "x-should-retry",
  "cache-control",
] as const;

/** The headers sent upstream; `callerKey` (a person's own key) replaces the server key for this one request. */
export function upstreamRequestHeaders(
  request: Request,
  upstream: Upstream,
  callerKey: string | undefined,
): Headers {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  for (const [name, value] of Object.entries(upstream.headers))
    headers.set(name, value);
  for (const [name, value] of Object.entries(upstream.authHeaders(callerKey)))
    headers.set(name, value);
  // Identity encoding keeps the upstream's bytes as they are: nothing is decompressed and re-encoded on the way.
  headers.set("accept-encoding", "identity");
  return headers;
}

/** The headers returned to the client: an allowlist, so cookies and stale length or encoding headers never pass. */
export function clientResponseHeaders(upstream: Response): Headers {
  const headers = new Headers();
  for (const name of RETURNED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  upstream.headers.forEach((value, name) => {
    if (name.startsWith("x-ratelimit-")) headers.set(name, value);
  });
  return headers;
}
