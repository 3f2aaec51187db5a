import { serveLocalEngine } from "@/lib/server/local-engine-route";

// The engine keeps a SQLite connection and live runs: it needs the Node.js runtime, never a static render.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = serveLocalEngine;
export const POST = serveLocalEngine;
export const DELETE = serveLocalEngine;
export const PUT = serveLocalEngine;
export const PATCH = serveLocalEngine;
