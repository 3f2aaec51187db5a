import { playgroundError, type ApiError } from "@/lib/api/api-error";
import type { Upstream } from "./upstreams";

/** Plain words for the system error codes a failed connection carries; the raw error text is never shown. */
const reasons: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found (DNS lookup failed)",
  EAI_AGAIN: "DNS lookup failed temporarily",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  UND_ERR_SOCKET: "connection closed unexpectedly",
  EPROTO: "TLS handshake failed",
  ERR_INVALID_HTTP_RESPONSE: "its answer was not valid HTTP/1.1",
};

function errorCodes(error: unknown, depth = 0): string[] {
  if (typeof error !== "object" || error === null || depth > 4) return [];
  const codes: string[] = [];
  if ("code" in error && typeof error.code === "string") codes.push(error.code);
  if ("cause" in error) codes.push(...errorCodes(error.cause, depth + 1));
  if (error instanceof AggregateError)
    for (const inner of error.errors)
      codes.push(...errorCodes(inner, depth + 1));
  return codes;
}

/** Why a connection failed, in words a person understands (e.g. "connection refused"). */
function describeConnectionError(error: unknown): string {
  const codes = errorCodes(error);
  for (const code of codes) {
    const reason = reasons[code];
    if (reason) return reason;
    if (/CERT|SELF_SIGNED|LEAF_SIGNATURE/.test(code))
      return "TLS certificate error";
    if (code.startsWith("ERR_SSL") || code.startsWith("ERR_TLS"))
      return "TLS handshake failed";
  }
  return "network error";
}

export function unreachableError(upstream: Upstream, error: unknown): ApiError {
  return playgroundError(
    502,
    "upstream_unreachable",
    `Could not reach upstream '${upstream.id}' at ${upstream.baseURL}: ${describeConnectionError(error)}.`,
  );
}

export function redirectError(upstream: Upstream, status: number): ApiError {
  return playgroundError(
    502,
    "upstream_unreachable",
    `Upstream '${upstream.id}' at ${upstream.baseURL} answered with a redirect (HTTP ${status}); check its baseURL.`,
  );
}

export function timeoutError(upstream: Upstream, timeoutMs: number): ApiError {
  const wait =
    timeoutMs >= 1000 && timeoutMs % 1000 === 0
      ? `${timeoutMs / 1000} s`
      : `${timeoutMs} ms`;
  return playgroundError(
    504,
    "upstream_timeout",
    `Upstream '${upstream.id}' at ${upstream.baseURL} did not answer within ${wait} (PLAYGROUND_UPSTREAM_TIMEOUT_MS).`,
  );
}
