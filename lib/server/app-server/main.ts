import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import {
  setVocabularyFile,
  VOCABULARY_SPECIFIER,
} from "@/lib/engine/tokenizer/o200k";
import { parseAccessEnv } from "@/lib/env/env";
import { accessGate } from "./access-gate";
import { createAppListener } from "./native-routes";

// The bundle leaves packages external, so Node resolves them from the bundle's own place, whatever the working directory.
setVocabularyFile(createRequire(import.meta.url).resolve(VOCABULARY_SPECIFIER));

/** `next start`'s options that this server takes; any other is refused by name. */
function readOptions(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", short: "p" },
      hostname: { type: "string", short: "H" },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(
      `the port must be a whole number from 0 to 65535, not '${values.port ?? process.env.PORT}'`,
    );
  return { port, hostname: values.hostname };
}

/** `npm start`: the production build served by Next, with `/v1` and the proxy on Node's HTTP server directly. */
async function main(): Promise<void> {
  const { port, hostname } = readOptions(process.argv.slice(2));
  // A bad token stops the server, named: serving without the gate it asks for would leave the app open.
  const accessToken = parseAccessEnv(process.env);
  // Imported after the options are read, so a bad option stops the server before Next loads.
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const listener = createAppListener(
    (request, response) => void handle(request, response),
  );
  const server = createServer(
    accessToken ? accessGate(accessToken, listener) : listener,
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  const shownHost = hostname ?? "localhost";
  const origin = `http://${shownHost.includes(":") ? `[${shownHost}]` : shownHost}:${(server.address() as AddressInfo).port}`;
  // The startup line, written as stdout text: it names the address, never a request or the token.
  process.stdout.write(
    `Responses Playground serving ${origin}${accessToken ? " (access token required)" : ""}\n`,
  );
  const stop = () => {
    server.close(() => process.exit(0));
    // Open event streams would otherwise hold the server up; their runs are the engine's to clean up.
    server.closeAllConnections();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(
    `The playground could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
