import "server-only";
import { createEngine, type Engine } from "./engine";
import { readEnv } from "@/lib/env/env";
import { engineOptions } from "./engine-env";

/** Kept on globalThis so dev-server reloads reuse one engine and one database connection. */
const holder = globalThis as typeof globalThis & { localEngine?: Engine };

function engine(): Engine {
  holder.localEngine ??= createEngine(engineOptions(readEnv()));
  return holder.localEngine;
}

/** The app's local engine: the route `/v1/[...path]` and the proxy's `local` upstream call this. */
export function handleEngineRequest(request: Request): Promise<Response> {
  return engine().handle(request);
}
