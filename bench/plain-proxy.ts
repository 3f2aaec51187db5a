import { Agent, createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startChildServer } from "./child-server";

/**
 * The floor under the proxy figures: a proxy with no Next in it, Node's HTTP server piping each request to
 * the upstream and its answer back over a keep-alive connection, with no per-chunk work at all. What it adds
 * to a stream on this machine no route of a Next app can avoid.
 */
export async function servePlainProxy(upstreamOrigin: string) {
  const upstream = new URL(upstreamOrigin);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const server: Server = createServer((incoming, outgoing) => {
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
        agent,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on("error", () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** The plain proxy in its own process, as the Next server is. */
export function startPlainProxy(upstreamOrigin: string) {
  return startChildServer("bench/plain-proxy-main.ts", [upstreamOrigin]);
}
