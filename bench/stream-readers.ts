import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";
import {
  closeLeanConnections,
  leanStream,
  type StreamTiming,
} from "./lean-http-client";

/** A client the proxy section reads its streams with. */
export interface StreamReader {
  read: (url: string) => Promise<StreamTiming>;
  /** Closes its idle connections, so the process can end. */
  close: () => void;
}

const REQUEST_BODY = JSON.stringify({
  model: "firehose",
  input: "go",
  stream: true,
});
const REQUEST_HEADERS = {
  "content-type": "application/json",
  accept: "text/event-stream",
};

function nodeRead(agent: Agent, url: string): Promise<StreamTiming> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let ttfbMs = 0;
    let bytes = 0;
    const req = request(
      url,
      {
        method: "POST",
        agent,
        headers: {
          ...REQUEST_HEADERS,
          "content-length": Buffer.byteLength(REQUEST_BODY),
        },
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`${url} answered HTTP ${res.statusCode}`));
          return;
        }
        res.on("data", (chunk: Buffer) => {
          if (bytes === 0) ttfbMs = performance.now() - start;
          bytes += chunk.length;
        });
        res.on("end", () =>
          resolve({ ttfbMs, totalMs: performance.now() - start, bytes }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(REQUEST_BODY);
  });
}

/** Node's own HTTP client, as a Node program reads a stream; keep-alive on every path, so none measures connection set-up another skips. */
export function nodeClient(maxSockets: number): StreamReader {
  const agent = new Agent({ keepAlive: true, maxSockets });
  return {
    read: (url) => nodeRead(agent, url),
    close: () => agent.destroy(),
  };
}

/** The client that allocates nothing per read ({@link leanStream}). */
export const leanClient: StreamReader = {
  read: (url) => leanStream(url, REQUEST_BODY, REQUEST_HEADERS),
  close: closeLeanConnections,
};
