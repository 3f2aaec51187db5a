import { createRequire } from "node:module";
import { parseEngineEnv } from "@/lib/env/env";
import { engineOptions } from "../engine-env";
import { setVocabularyFile, VOCABULARY_SPECIFIER } from "../tokenizer/o200k";
import { startEngineServer } from "./engine-server";

// The bundle leaves packages external, so Node resolves them from the bundle's own place, whatever the working directory.
setVocabularyFile(createRequire(import.meta.url).resolve(VOCABULARY_SPECIFIER));

/** `npm run engine`: serves the local engine at `http://$ENGINE_HOST:$ENGINE_PORT/v1` until SIGINT or SIGTERM; a bad variable stops it at once, named. */
async function main(): Promise<void> {
  const env = parseEngineEnv(process.env);
  const options = engineOptions(env);
  const server = await startEngineServer({
    ...options,
    port: env.ENGINE_PORT,
    host: env.ENGINE_HOST,
  });
  // The startup line, written as stdout text: it names the address and settings, never a request.
  process.stdout.write(
    `Local engine serving ${server.baseURL} (database ${options.dbPath}, ${options.tokensPerSecond ? `${options.tokensPerSecond} tokens/s` : "unpaced"})\n`,
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(
    `The local engine could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
