import "server-only";
import type { IncomingHttpHeaders } from "node:http";
import type { Upstream } from "./upstreams";

/** Client headers an upstream may need; everything else (cookies, the client's own Authorization, SDK telemetry) stays behind. */
const FORWARDED_REQUEST_HEADERS = [
  "content-type",
  "accept",
  "openai-beta",
  "idempotency-key",
] as const;

/** Upstream headers the client may need to read: the payload type, request ids for support, rate-limit and retry hints, and a 405's methods. */
const RETURNED_RESPONSE_HEADERS = [
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

const returned: ReadonlySet<string> = new Set(RETURNED_RESPONSE_HEADERS);

/** The headers sent upstream; `callerKey` (a person's own key) replaces the server key for this one request. */
export function upstreamRequestHeaders(
  request: { headers: { get(name: string): string | null } },
  upstream: Upstream,
  callerKey: string | undefined,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  for (const [name, value] of Object.entries(upstream.headers))
    headers[name.toLowerCase()] = value;
  Object.assign(headers, upstream.authHeaders(callerKey));
  // Identity encoding keeps the upstream's bytes as they are: nothing is decompressed and re-encoded on the way.
  headers["accept-encoding"] = "identity";
  return headers;
}

function isReturned(name: string): boolean {
  return returned.has(name) || name.startsWith("x-ratelimit-");
}

/** The headers returned to the client: an allowlist, so cookies and stale length or encoding headers never pass. */
export function clientResponseHeaders(
  upstream: IncomingHttpHeaders,
): Record<string, string> {
  const headers: Record<string, string> = {};
  // Node's HTTP clients and the engine's replies give lower-case names; a repeated header comes as a list.
  for (const [name, value] of Object.entries(upstream))
    if (value !== undefined && isReturned(name))
      headers[name] = Array.isArray(value) ? value.join(", ") : value;
  return headers;
}
