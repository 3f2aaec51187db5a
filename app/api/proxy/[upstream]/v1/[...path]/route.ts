import { createProxyHandler } from "@/lib/server/proxy";
import { getUpstreamRegistry } from "@/lib/server/upstreams";

// Streams bodies through undici and may call the SQLite-backed local engine: Node.js runtime, never static.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const handler = createProxyHandler({
  registry: getUpstreamRegistry,
  // Loaded on the first local call, so a server that only proxies never loads the engine, its spec and SQLite.
  serveLocal: async (request) =>
    (await import("@/lib/engine/handle-engine-request")).serveEngineRequest(
      request,
    ),
});

export const GET = handler;
export const POST = handler;
export const DELETE = handler;
// Exported so a method the family does not define gets a 405 in the envelope, not Next's bare one.
export const PUT = handler;
export const PATCH = handler;
