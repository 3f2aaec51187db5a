import "server-only";
import type { ProxyDeps } from "./proxy";
import { getUpstreamRegistry } from "./upstreams";

/** The app's proxy wiring, shared by its route handler and the app server's native route. */
export const appProxyDeps: ProxyDeps = {
  registry: getUpstreamRegistry,
  // Loaded on the first local call, so a server that only proxies never loads the engine, its spec and SQLite.
  serveLocal: async (request) =>
    (await import("@/lib/engine/handle-engine-request")).serveEngineRequest(
      request,
    ),
};
