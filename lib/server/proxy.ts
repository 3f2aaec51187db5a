import "server-only";
import { ApiError, errorToResponse } from "./api-error";
import { PLAYGROUND_API_KEY_HEADER } from "@/lib/api/api-key-header";
import { clientResponseHeaders, upstreamRequestHeaders } from "./proxy-headers";
import { methodNotAllowed } from "./proxy-methods";
import { resolveProxyPath } from "./proxy-paths";
import {
  redirectError,
  timeoutError,
  unreachableError,
} from "./upstream-errors";
import type { Upstream, UpstreamRegistry } from "./upstreams";

export interface ProxyDeps {
  /** The registry, resolved per request so a bad env surfaces as an API error rather than a crash at import. */
  registry: () => UpstreamRegistry;
  /** The in-process local engine (`handleEngineRequest` in the app; a throwaway engine in tests). */
  handleLocal: (request: Request) => Promise<Response>;
}

/** The second argument Next 16 passes to `app/api/proxy/[upstream]/v1/[...path]/route.ts`. */
export interface ProxyRouteContext {
  params: Promise<{ upstream: string; path: string[] }>;
}

export interface ProxyTarget {
  upstream: string;
  path: readonly string[];
}

/** Node's fetch needs `duplex: "half"` to send a streamed body; the DOM typings do not know the option yet. */
type StreamingRequestInit = RequestInit & { duplex: "half" };

const nullBodyStatuses = new Set([101, 204, 205, 304]);

function requestBody(request: Request): ReadableStream<Uint8Array> | null {
  return request.method === "GET" || request.method === "HEAD"
    ? null
    : request.body;
}

/** Streams the upstream's bytes back untouched, with only the allowlisted headers. */
function passThrough(upstream: Response): Response {
  return new Response(
    nullBodyStatuses.has(upstream.status) ? null : upstream.body,
    {
      status: upstream.status,
      statusText: upstream.statusText,
      headers: clientResponseHeaders(upstream),
    },
  );
}

async function forwardToLocal(
  request: Request,
  path: string,
  deps: ProxyDeps,
  upstream: Upstream,
): Promise<Response> {
  const { search } = new URL(request.url);
  const init: StreamingRequestInit = {
    method: request.method,
    headers: upstreamRequestHeaders(request, upstream, undefined),
    body: requestBody(request),
    signal: request.signal,
    duplex: "half",
  };
  return passThrough(
    await deps.handleLocal(
      new Request(`http://local-engine/v1/${path}${search}`, init),
    ),
  );
}

async function forwardToRemote(
  request: Request,
  path: string,
  upstream: Upstream,
  timeoutMs: number,
): Promise<Response> {
  const { search } = new URL(request.url);
  const callerKey =
    request.headers.get(PLAYGROUND_API_KEY_HEADER)?.trim() || undefined;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const init: StreamingRequestInit = {
    method: request.method,
    headers: upstreamRequestHeaders(request, upstream, callerKey),
    body: requestBody(request),
    // The client's signal stays attached after the headers arrive, so a closed tab also stops the upstream stream.
    signal: AbortSignal.any([request.signal, timeout.signal]),
    duplex: "half",
    // Following a redirect would resend the key to wherever it points.
    redirect: "manual",
  };
  let response: Response;
  try {
    response = await fetch(`${upstream.baseURL}/${path}${search}`, init);
  } catch (error) {
    if (request.signal.aborted)
      throw new ApiError(
        499,
        "client_closed_request",
        "The client closed the request.",
      );
    if (timeout.signal.aborted) throw timeoutError(upstream, timeoutMs);
    throw unreachableError(upstream, error);
  } finally {
    clearTimeout(timer);
  }
  if (
    response.status >= 300 &&
    response.status < 400 &&
    response.status !== 304
  ) {
    await response.body?.cancel();
    throw redirectError(upstream, response.status);
  }
  return passThrough(response);
}

/** Forwards one Responses-family call to its upstream with the key injected server-side. */
export async function proxyRequest(
  request: Request,
  target: ProxyTarget,
  deps: ProxyDeps,
): Promise<Response> {
  try {
    const registry = deps.registry();
    const upstream = registry.get(target.upstream);
    if (!upstream) {
      const known =
        registry.upstreams.map((candidate) => candidate.id).join(", ") ||
        "none";
      // Only a slug is echoed back, so the message never carries arbitrary input.
      const shown = /^[a-z0-9-]{1,63}$/.test(target.upstream)
        ? ` '${target.upstream}'`
        : "";
      throw new ApiError(
        404,
        "upstream_not_found",
        `Unknown upstream${shown}; configured: ${known}.`,
        { param: "upstream" },
      );
    }
    const path = resolveProxyPath(target.path, request.url, request.method);
    const refused = methodNotAllowed(request.method, path);
    if (refused) return refused;
    return upstream.kind === "local"
      ? await forwardToLocal(request, path, deps, upstream)
      : await forwardToRemote(request, path, upstream, registry.timeoutMs);
  } catch (error) {
    return errorToResponse(error);
  }
}

/** The route handler for every method: it only awaits the params and hands over. */
export function createProxyHandler(deps: ProxyDeps) {
  return async (
    request: Request,
    context: ProxyRouteContext,
  ): Promise<Response> => {
    const { upstream, path } = await context.params;
    return proxyRequest(request, { upstream, path }, deps);
  };
}
