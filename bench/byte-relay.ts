import { connect, createServer, type AddressInfo, type Socket } from "node:net";
import { startChildServer } from "./child-server";

/** Bytes read from the upstream per system call at most; the one buffer each connection reads into. */
const READ_BUFFER_BYTES = 256 * 1024;

/**
 * The floor under a proxy written in Node: a TCP relay that speaks no HTTP and passes every byte on as it
 * comes. Each upstream connection reads into one buffer of its own, so relaying allocates nothing per chunk;
 * while a write to the client is still queued (it holds that buffer), the relay reads nothing more.
 */
export async function serveByteRelay(upstreamOrigin: string) {
  const upstreamURL = new URL(upstreamOrigin);
  const server = createServer((client) => {
    client.setNoDelay(true);
    const upstream: Socket = connect({
      host: upstreamURL.hostname,
      port: Number(upstreamURL.port),
      noDelay: true,
      onread: {
        buffer: Buffer.allocUnsafe(READ_BUFFER_BYTES),
        callback(length: number, buffer: Uint8Array) {
          client.write(buffer.subarray(0, length));
          if (client.writableLength === 0) return true;
          // Returning false pauses the upstream until the queued write, which still holds the buffer, is out.
          client.once("drain", () => upstream.resume());
          return false;
        },
      },
    });
    client.pipe(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close);
    client.on("close", close);
    upstream.on("error", close);
    // An upstream that ends its side still has its last bytes queued to the client.
    upstream.on("end", () => client.end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** The relay in its own process, as the Next server is. */
export function startByteRelay(upstreamOrigin: string) {
  return startChildServer("bench/byte-relay-main.ts", [upstreamOrigin]);
}
