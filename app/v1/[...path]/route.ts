import { handleEngineRequest } from "@/lib/engine/handle-engine-request";

// The engine keeps a SQLite connection and live runs: it needs the Node.js runtime, never a static render.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = handleEngineRequest;
export const POST = handleEngineRequest;
export const DELETE = handleEngineRequest;
export const PUT = handleEngineRequest;
export const PATCH = handleEngineRequest;
