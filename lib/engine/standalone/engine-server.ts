import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createEngine, type EngineOptions } from "../engine";
import { serveNodeRequest } from "../http/node-adapter";

export interface EngineServer {
  /** The base URL an SDK points at, ending in `/v1`. */
  baseURL: string;
  port: number;
  /** Stops taking connections, lets requests in flight finish (up to `graceMs`), then closes the database. */
  close(graceMs?: number): Promise<void>;
}

export interface EngineServerOptions extends EngineOptions {
  port: number;
  host?: string;
}

/** The engine alone on Node's HTTP server: the same `handle` the app's `/v1` route calls, with no Next in the path. */
export async function startEngineServer(
  options: EngineServerOptions,
): Promise<EngineServer> {
  const engine = createEngine(options);
  const host = options.host ?? "127.0.0.1";
  let origin = "";
  let inFlight = 0;
  let idle: (() => void) | null = null;
  const server: Server = createServer((request, response) => {
    inFlight++;
    response.once("close", () => {
      if (--inFlight === 0) idle?.();
    });
    serveNodeRequest(request, response, origin, (call) => engine.serve(call));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | null = null;
  return {
    baseURL: `${origin}/v1`,
    port,
    close(graceMs = 2_000) {
      closing ??= (async () => {
        const stopped = new Promise((resolve) => server.close(resolve));
        server.closeIdleConnections();
        if (inFlight > 0)
          await new Promise<void>((resolve) => {
            idle = resolve;
            setTimeout(resolve, graceMs).unref();
          });
        engine.close();
        server.closeAllConnections();
        await stopped;
      })();
      return closing;
    },
  };
}
