import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { Agent, request as undiciRequest, type Dispatcher } from "undici";
import { playgroundError } from "@/lib/api/api-error";
import { webStreamFrom } from "@/lib/web-stream-from-node";
import { toWebResponse, type ApiReply } from "@/lib/api/api-reply";
import {
  fromWebRequest,
  type EngineRequest,
} from "@/lib/engine/http/engine-request";
import type { NodeReply } from "@/lib/engine/http/node-adapter";
import { internalErrorReply } from "./error-response";
import { PLAYGROUND_API_KEY_HEADER } from "@/lib/api/api-key-header";
import { clientResponseHeaders, upstreamRequestHeaders } from "./proxy-headers";
import { methodNotAllowed } from "./proxy-methods";
import { resolveProxyPath } from "./proxy-paths";
import { UpstreamBody } from "./http1/upstream-body";
import { requestUpstream } from "./http1/upstream-request";
import {
  redirectError,
  timeoutError,
  unreachableError,
} from "./upstream-errors";
import type { Upstream, UpstreamRegistry } from "./upstreams";

/** A proxied call as either server hands it over: the engine's view of a request, and a signal that fires when the client leaves. */
export interface ProxyCall extends EngineRequest {
  signal: AbortSignal;
}

/** The proxy's answer as plain data: the local engine's reply, or a remote upstream's body as the Node stream undici reads. */
export type ProxyReply = NodeReply;

export interface ProxyDeps {
  /** The registry, resolved per request so a bad env surfaces as an API error rather than a crash at import. */
  registry: () => UpstreamRegistry;
  /** The in-process local engine (the app's engine; a throwaway engine in tests). */
  serveLocal: (request: EngineRequest) => Promise<ApiReply>;
}

/** The second argument Next 16 passes to `app/api/proxy/[upstream]/v1/[...path]/route.ts`. */
export interface ProxyRouteContext {
  params: Promise<{ upstream: string; path: string[] }>;
}

export interface ProxyTarget {
  upstream: string;
  path: readonly string[];
}

const nullBodyStatuses = new Set([101, 204, 205, 304]);

/** undici's keep-alive connection pool for the calls it carries, so a stream does not wait for a new TCP and TLS handshake. */
const upstreamAgent = new Agent({ keepAliveTimeout: 30_000 });

interface UpstreamResponse {
  statusCode: number;
  headers: Dispatcher.ResponseData["headers"];
  body: Dispatcher.ResponseData["body"] | UpstreamBody | null;
}

/**
 * Sends the call upstream. A plain-`http:` upstream (a local server: vLLM, Ollama, LM Studio) with a body read
 * whole goes over the proxy's own HTTP/1.1 connections, whose answers pass on a read at a time; undici parses
 * a chunked stream chunk by chunk, a call per server-sent event, which took twice a direct stream's time.
 * TLS upstreams and streamed bodies go through undici.
 */
function sendUpstream(
  url: URL,
  init: {
    method: string;
    headers: Record<string, string>;
    body: ProxyCall["body"];
    signal: AbortSignal;
  },
): Promise<UpstreamResponse> {
  const { body } = init;
  if (url.protocol === "http:" && !(body instanceof ReadableStream))
    return requestUpstream(url, { ...init, body });
  return undiciRequest(url, {
    dispatcher: upstreamAgent,
    method: init.method as Dispatcher.HttpMethod,
    headers: init.headers,
    body: undiciBody(body),
    signal: init.signal,
    // Redirects are not followed: following one would resend the key to wherever it points.
  });
}

/** Drops an answer's body: undici's reads it out so its connection stays pooled; the proxy's own closes its connection. */
async function discard(body: UpstreamResponse["body"]): Promise<void> {
  if (body instanceof UpstreamBody) body.destroy();
  else await body?.dump();
}

function requestBody(call: ProxyCall): ProxyCall["body"] {
  return call.method === "GET" || call.method === "HEAD" ? null : call.body;
}

/** The client's body as undici sends it, still streamed when it arrived as a stream: nothing buffers or re-reads it. */
function undiciBody(body: ProxyCall["body"]): Uint8Array | Readable | null {
  return body instanceof ReadableStream
    ? Readable.fromWeb(body as NodeReadableStream<Uint8Array>)
    : body;
}

/** Hands the call to the in-process engine with only the allowlisted headers, and its answer back the same way. */
async function forwardToLocal(
  call: ProxyCall,
  path: string,
  search: string,
  deps: ProxyDeps,
  upstream: Upstream,
): Promise<ProxyReply> {
  const headers = new Headers(
    upstreamRequestHeaders(call, upstream, undefined),
  );
  const reply = await deps.serveLocal({
    method: call.method,
    url: new URL(`http://local-engine/v1/${path}${search}`),
    headers,
    body: requestBody(call),
  });
  return {
    status: reply.status,
    headers: clientResponseHeaders(reply.headers),
    body: nullBodyStatuses.has(reply.status) ? null : reply.body,
  };
}

async function forwardToRemote(
  call: ProxyCall,
  path: string,
  search: string,
  upstream: Upstream,
  timeoutMs: number,
): Promise<ProxyReply> {
  const callerKey =
    call.headers.get(PLAYGROUND_API_KEY_HEADER)?.trim() || undefined;
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  // The client's signal stays attached after the headers arrive, so a closed tab also stops the upstream stream.
  const onClientAbort = () => abort.abort();
  call.signal.addEventListener("abort", onClientAbort, { once: true });
  const detach = () => call.signal.removeEventListener("abort", onClientAbort);
  let response: UpstreamResponse;
  try {
    response = await sendUpstream(
      new URL(`${upstream.baseURL}/${path}${search}`),
      {
        method: call.method,
        headers: upstreamRequestHeaders(call, upstream, callerKey),
        body: requestBody(call),
        signal: abort.signal,
      },
    );
  } catch (error) {
    detach();
    if (call.signal.aborted)
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
  if (body) body.once("close", detach);
  else detach();
  if (statusCode >= 300 && statusCode < 400 && statusCode !== 304) {
    await discard(body);
    throw redirectError(upstream, statusCode);
  }
  const empty = !body || nullBodyStatuses.has(statusCode);
  if (empty) await discard(body);
  return {
    status: statusCode,
    headers: clientResponseHeaders(headers),
    body: empty ? null : body,
  };
}

/** Forwards one Responses-family call to its upstream with the key injected server-side; any failure is an envelope. */
export async function proxyCall(
  call: ProxyCall,
  target: ProxyTarget,
  deps: ProxyDeps,
): Promise<ProxyReply> {
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
    const { pathname, search } = call.url;
    const path = resolveProxyPath(target.path, pathname, call.method);
    const refused = methodNotAllowed(call.method, path);
    if (refused) throw refused;
    return upstream.kind === "local"
      ? await forwardToLocal(call, path, search, deps, upstream)
      : await forwardToRemote(call, path, search, upstream, registry.timeoutMs);
  } catch (error) {
    return internalErrorReply(error);
  }
}

/** A reply as the Web `Response` a route returns; cancelling a remote body (a closed tab) destroys the upstream request. */
function toRouteResponse(reply: ProxyReply): Response {
  const { body } = reply;
  if (!(body instanceof Readable)) return toWebResponse({ ...reply, body });
  return new Response(
    webStreamFrom(body, () => body.destroy()),
    { status: reply.status, headers: reply.headers },
  );
}

/** The route handler for every method: it only awaits the params and hands over. */
export function createProxyHandler(deps: ProxyDeps) {
  return async (
    request: Request,
    context: ProxyRouteContext,
  ): Promise<Response> => {
    const { upstream, path } = await context.params;
    const call = { ...fromWebRequest(request), signal: request.signal };
    return toRouteResponse(await proxyCall(call, { upstream, path }, deps));
  };
}
