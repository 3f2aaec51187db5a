import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  sendReply,
  serveNodeRequest,
  type NodeReply,
} from "@/lib/engine/http/node-adapter";
import { UpstreamBody } from "../http1/upstream-body";
import { appProxyDeps } from "../app-proxy-deps";
import { proxyCall } from "../proxy";
import { getUpstreamRegistry, LOCAL_UPSTREAM_ID } from "../upstreams";
import type { NativeRoute, NextHandler } from "./native-routes";

/** The engine and the proxy read only a request's path and query, so its URL is parsed against any fixed origin. */
const origin = "http://localhost";

/** Whether `/v1` is the engine's here; when the env is bad or the engine is off, Next's route gives the envelope that says so. */
function engineServes(): boolean {
  try {
    return getUpstreamRegistry().get(LOCAL_UPSTREAM_ID) !== undefined;
  } catch {
    return false;
  }
}

/** A signal that fires when the client leaves before its answer is written, which stops a proxied upstream request. */
function clientGone(response: ServerResponse): AbortSignal {
  const abort = new AbortController();
  response.once("close", () => {
    if (!response.writableFinished) abort.abort();
  });
  return abort.signal;
}

/** Writes a proxied answer; a body on the proxy's own upstream connection goes from its read buffer to the socket. */
function sendProxied(reply: NodeReply, response: ServerResponse): void {
  if (!(reply.body instanceof UpstreamBody)) return sendReply(reply, response);
  reply.body.sendTo(response, reply.status, reply.headers);
}

/** Serves one request of a native route with the same functions the app's route handlers call, on Node's objects. */
export function serveNative(
  route: Exclude<NativeRoute, null>,
  request: IncomingMessage,
  response: ServerResponse,
  next: NextHandler,
): void {
  if (route.kind === "engine") {
    if (!engineServes()) return next(request, response);
    return serveNodeRequest(request, response, origin, appProxyDeps.serveLocal);
  }
  const signal = clientGone(response);
  serveNodeRequest(
    request,
    response,
    origin,
    (call) => proxyCall({ ...call, signal }, route, appProxyDeps),
    sendProxied,
  );
}
