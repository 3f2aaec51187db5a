import "server-only";
import { createEngine, type Engine } from "./engine";
import { readEnv } from "@/lib/env/env";
import { engineOptions } from "./engine-env";
import type { ApiReply } from "@/lib/api/api-reply";
import type { EngineRequest } from "./http/engine-request";

/** Kept on globalThis so dev-server reloads reuse one engine and one database connection. */
const holder = globalThis as typeof globalThis & { localEngine?: Engine };

function engine(): Engine {
  holder.localEngine ??= createEngine(engineOptions(readEnv()));
  return holder.localEngine;
}

/** The app's local engine: the route `/v1/[...path]` calls this. */
export function handleEngineRequest(request: Request): Promise<Response> {
  return engine().handle(request);
}

/** The same engine without Web objects: the proxy's `local` upstream and the app server's `/v1` call this. */
export function serveEngineRequest(request: EngineRequest): Promise<ApiReply> {
  return engine().serve(request);
}
