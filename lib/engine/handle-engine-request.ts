import "server-only";
import { z } from "zod";
import { createEngine, defaultTokensPerSecond, type Engine } from "./engine";

const engineEnvSchema = z.object({
  LOCAL_ENGINE_DB: z.string().min(1).default(".data/engine.sqlite"),
  LOCAL_ENGINE_TOKENS_PER_SECOND: z.coerce
    .number()
    .min(0)
    .default(defaultTokensPerSecond),
});

/** Kept on globalThis so dev-server reloads reuse one engine and one database connection. */
const holder = globalThis as typeof globalThis & { localEngine?: Engine };

function engine(): Engine {
  if (!holder.localEngine) {
    const env = engineEnvSchema.parse(process.env);
    holder.localEngine = createEngine({
      dbPath: env.LOCAL_ENGINE_DB,
      tokensPerSecond: env.LOCAL_ENGINE_TOKENS_PER_SECOND,
    });
  }
  return holder.localEngine;
}

/** The app's local engine: the route `/v1/[...path]` and the proxy's `local` upstream call this. */
export function handleEngineRequest(request: Request): Promise<Response> {
  return engine().handle(request);
}
