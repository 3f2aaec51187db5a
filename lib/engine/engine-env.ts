import { z } from "zod";
import { defaultTokensPerSecond, type EngineOptions } from "./engine";

const engineEnvSchema = z.object({
  LOCAL_ENGINE_DB: z.string().min(1).default(".data/engine.sqlite"),
  LOCAL_ENGINE_TOKENS_PER_SECOND: z.coerce
    .number()
    .min(0)
    .default(defaultTokensPerSecond),
});

/** The engine's options from `LOCAL_ENGINE_DB` and `LOCAL_ENGINE_TOKENS_PER_SECOND`, read the same way in the app and standalone. */
export function engineOptionsFromEnv(
  source: Readonly<Record<string, string | undefined>>,
): EngineOptions {
  const env = engineEnvSchema.parse(source);
  return {
    dbPath: env.LOCAL_ENGINE_DB,
    tokensPerSecond: env.LOCAL_ENGINE_TOKENS_PER_SECOND,
  };
}
