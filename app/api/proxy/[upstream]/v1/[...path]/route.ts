import { appProxyDeps } from "@/lib/server/app-proxy-deps";
import { createProxyHandler } from "@/lib/server/proxy";

// Streams bodies through undici and may call the SQLite-backed local engine: Node.js runtime, never static.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const handler = createProxyHandler(appProxyDeps);

export const GET = handler;
export const POST = handler;
export const DELETE = handler;
// Exported so a method the family does not define gets a 405 in the envelope, not Next's bare one.
export const PUT = handler;
export const PATCH = handler;
