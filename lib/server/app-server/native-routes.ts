import type { IncomingMessage, ServerResponse } from "node:http";
import { sendReply } from "@/lib/engine/http/node-adapter";
import { internalErrorReply } from "../error-response";

/** Next's own answer to a request the native routes leave to it. */
export type NextHandler = (
  request: IncomingMessage,
  response: ServerResponse,
) => void;

/** Where a request goes: the local engine (`/v1/...`), the proxy (`/api/proxy/{upstream}/v1/...`), or Next. */
export type NativeRoute =
  | { kind: "engine" }
  | { kind: "proxy"; upstream: string; path: string[] }
  | null;

/** The methods the app's `/v1` and proxy routes export; HEAD and OPTIONS keep Next's own answers. */
const NATIVE_METHODS: ReadonlySet<string> = new Set([
  "GET",
  "POST",
  "DELETE",
  "PUT",
  "PATCH",
]);

function decodeSegments(segments: string[]): string[] | null {
  try {
    return segments.map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

/**
 * The native route for a request, or null for Next: the two route families served without Next's router,
 * with segments decoded as Next decodes a catch-all's. A path Next would redirect or refuse (a trailing
 * slash, an empty segment, a malformed escape) stays with Next, so it gets the answer it always got.
 */
export function nativeRoute(method: string, url: string): NativeRoute {
  if (!NATIVE_METHODS.has(method)) return null;
  const query = url.indexOf("?");
  const parts = (query === -1 ? url : url.slice(0, query)).split("/");
  if (parts[0] !== "" || parts.slice(1).some((part) => part === ""))
    return null;
  if (parts[1] === "v1" && parts.length > 2) return { kind: "engine" };
  if (
    parts[1] !== "api" ||
    parts[2] !== "proxy" ||
    parts[4] !== "v1" ||
    parts.length < 6
  )
    return null;
  const decoded = decodeSegments(parts.slice(3));
  if (!decoded) return null;
  const [upstream = "", , ...path] = decoded;
  return { kind: "proxy", upstream, path };
}

/**
 * The app server's request listener: the native routes answer without Next's router (its pipeline is about
 * 2 ms and 0.9 ms of CPU per request), everything else goes to Next. The engine and the proxy load on the
 * first request that needs them, as Next loads a route's code.
 */
export function createAppListener(
  next: NextHandler,
): (request: IncomingMessage, response: ServerResponse) => void {
  let handlers: Promise<typeof import("./native-handlers")> | null = null;
  return (request, response) => {
    const route = nativeRoute(request.method ?? "GET", request.url ?? "/");
    if (!route) return next(request, response);
    handlers ??= import("./native-handlers");
    handlers
      .then(({ serveNative }) => serveNative(route, request, response, next))
      // Only a missing chunk of the build gets here; the client is told, and the server keeps running.
      .catch((error: unknown) =>
        sendReply(internalErrorReply(error), response),
      );
  };
}
