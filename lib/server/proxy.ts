import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { Agent, request as undiciRequest, type Dispatcher } from "undici";
import { playgroundError } from "@/lib/api/api-error";
import { webStreamFrom } from "@/lib/web-stream-from-node";
import { errorToResponse } from "./error-response";
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

/** One keep-alive connection pool for every upstream, so a stream does not wait for a new TCP (and TLS) handshake. */
const upstreamAgent = new Agent({ keepAliveTimeout: 30_000 });

function requestBody(request: Request): ReadableStream<Uint8Array> | null {
  return request.method === "GET" || request.method === "HEAD"
    ? null
    : request.body;
}

/** The client's body as the Node stream undici sends, still streamed: nothing buffers or re-reads it. */
function nodeBody(body: ReadableStream<Uint8Array> | null): Readable | null {
  return body && Readable.fromWeb(body as NodeReadableStream<Uint8Array>);
}

/** Streams the local engine's bytes back untouched, with only the allowlisted headers. */
function passThrough(upstream: Response): Response {
  return new Response(
    nullBodyStatuses.has(upstream.status) ? null : upstream.body,
    {
      status: upstream.status,
      statusText: upstream.statusText,
      headers: clientResponseHeaders(upstream.headers),
    },
  );
}

async function forwardToLocal(
  request: Request,
  path: string,
  search: string,
  deps: ProxyDeps,
  upstream: Upstream,
): Promise<Response> {
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
  search: string,
  upstream: Upstream,
  timeoutMs: number,
): Promise<Response> {
  const callerKey =
    request.headers.get(PLAYGROUND_API_KEY_HEADER)?.trim() || undefined;
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  // The client's signal stays attached after the headers arrive, so a closed tab also stops the upstream stream.
  const onClientAbort = () => abort.abort();
  request.signal.addEventListener("abort", onClientAbort, { once: true });
  const detach = () =>
    request.signal.removeEventListener("abort", onClientAbort);
  let response: Dispatcher.ResponseData;
  try {
    response = await undiciRequest(`${upstream.baseURL}/${path}${search}`, {
      dispatcher: upstreamAgent,
      method: request.method as Dispatcher.HttpMethod,
      headers: upstreamRequestHeaders(request, upstream, callerKey),
      body: nodeBody(requestBody(request)),
      signal: abort.signal,
      // Redirects are not followed: following one would resend the key to wherever it points.
    });
  } catch (error) {
    detach();
    if (request.signal.aborted)
      throw playgroundError(
        499,
        "client_closed_request",
        "The client closed the request.",
      );
    if (timedOut) throw timeoutError(upstream, timeoutMs);
    throw unreachableError(upstream, error);
  } finally {
    clearTimeout(timer);
  }
  const { statusCode, headers, body } = response;
  body.once("close", detach);
  if (statusCode >= 300 && statusCode < 400 && statusCode !== 304) {
    await body.dump();
    throw redirectError(upstream, statusCode);
  }
  const empty = nullBodyStatuses.has(statusCode);
  if (empty) await body.dump();
  // Cancelling the body (a closed tab) destroys the upstream request.
  const forwarded = empty ? null : webStreamFrom(body, () => body.destroy());
  return new Response(forwarded, {
    status: statusCode,
    headers: clientResponseHeaders(headers),
  });
}

/** Forwards one Responses-family call to its upstream with the key injected server-side. */
async function proxyRequest(
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
      throw playgroundError(
        404,
        "upstream_not_found",
        `Unknown upstream${shown}; configured: ${known}.`,
        { param: "upstream" },
      );
    }
    const url = new URL(request.url);
    const path = resolveProxyPath(target.path, url.pathname, request.method);
    const refused = methodNotAllowed(request.method, path);
    if (refused) return refused;
    return upstream.kind === "local"
      ? await forwardToLocal(request, path, url.search, deps, upstream)
      : await forwardToRemote(
          request,
          path,
          url.search,
          upstream,
          registry.timeoutMs,
        );
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
