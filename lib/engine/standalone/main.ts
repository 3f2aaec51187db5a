import { z } from "zod";
import { engineOptionsFromEnv } from "../engine-env";
import { startEngineServer } from "./engine-server";

/** `npm run engine`: serves the local engine at `http://127.0.0.1:$ENGINE_PORT/v1` until SIGINT or SIGTERM. */
const portSchema = z.coerce.number().int().min(0).max(65_535).default(4000);

async function main(): Promise<void> {
  const port = portSchema.parse(process.env.ENGINE_PORT || undefined);
  const host = process.env.ENGINE_HOST || "127.0.0.1";
  const options = engineOptionsFromEnv(process.env);
  const server = await startEngineServer({ ...options, port, host });
  console.log(
    `Local engine serving ${server.baseURL} (database ${options.dbPath}, ${options.tokensPerSecond || "unpaced"} tokens/s)`,
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
