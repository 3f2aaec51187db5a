import type { EngineEnv } from "@/lib/env/env";
import type { EngineOptions } from "./engine";

/** The engine's options from its validated variables, the same in the app and standalone. */
export function engineOptions(
  env: Pick<EngineEnv, "LOCAL_ENGINE_DB" | "LOCAL_ENGINE_TOKENS_PER_SECOND">,
): EngineOptions {
  return {
    dbPath: env.LOCAL_ENGINE_DB,
    tokensPerSecond: env.LOCAL_ENGINE_TOKENS_PER_SECOND,
  };
}
