import { setTimeout as delay } from "node:timers/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ProxyDeps } from "./proxy";
import { callProxy } from "./testing/proxy-client";
import { startTestUpstream, type TestUpstream } from "./testing/test-upstream";
import { createUpstreamRegistry } from "./upstreams";

const euro = Buffer.from("€", "utf8");
/** SSE as a server sends it, cut so that the three bytes of "€" straddle two chunks. */
const chunks = [
  Buffer.from(
    'event: response.created\ndata: {"type":"response.created","sequence_number":0}\n\n',
  ),
  Buffer.concat([
    Buffer.from('event: response.output_text.delta\ndata: {"delta":"5 '),
    euro.subarray(0, 1),
  ]),
  Buffer.concat([euro.subarray(1), Buffer.from('","sequence_number":1}\n\n')]),
  Buffer.from(": ping\n\n"),
  Buffer.from(
    'event: response.completed\ndata: {"type":"response.completed","sequence_number":2}\n\n',
  ),
];

let upstream: TestUpstream;
let deps: ProxyDeps;
let resolveClosed: () => void = () => undefined;
let closed = new Promise<void>((resolve) => (resolveClosed = resolve));

beforeAll(async () => {
  upstream = await startTestUpstream((request, response) => {
    response.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "x-request-id": "req_sse",
    });
    if (request.url.includes("endless")) {
      // Streams until the proxy hangs up, then reports that the connection closed.
      response.write(chunks[0]);
      const timer = setInterval(() => response.write(": ping\n\n"), 20);
      response.on("close", () => {
        clearInterval(timer);
        resolveClosed();
      });
      return;
    }
    void (async () => {
      for (const chunk of chunks) {
        response.write(chunk);
        await delay(15);
      }
      response.end();
    })();
  });
  const registry = createUpstreamRegistry({
    LOCAL_ENGINE: "0",
    PLAYGROUND_UPSTREAMS: JSON.stringify([
      { id: "sse", label: "SSE", baseURL: upstream.baseURL },
    ]),
  });
  deps = {
    registry: () => registry,
    serveLocal: () => Promise.reject(new Error("local engine not expected")),
  };
});

afterAll(() => upstream.close());

async function readChunks(
  body: ReadableStream<Uint8Array>,
): Promise<Uint8Array[]> {
  const received: Uint8Array[] = [];
  const reader = body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read())
    received.push(next.value);
  return received;
}

it("passes SSE through byte for byte, a split multibyte character included", async () => {
  const response = await callProxy(deps, "sse", "responses", {
    method: "POST",
    body: '{"stream":true}',
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(
    "text/event-stream; charset=utf-8",
  );
  expect(response.headers.get("x-request-id")).toBe("req_sse");
  if (!response.body) throw new Error("no body");
  const received = await readChunks(response.body);
  expect(Buffer.concat(received).equals(Buffer.concat(chunks))).toBe(true);
  // More than one chunk arrived: the proxy streamed rather than buffering the whole answer.
  expect(received.length).toBeGreaterThan(1);
});

async function expectUpstreamClosed(): Promise<void> {
  const outcome = await Promise.race([
    closed.then(() => "closed"),
    delay(3000).then(() => "still open"),
  ]);
  expect(outcome).toBe("closed");
}

it("aborting the client request mid-stream closes the upstream request", async () => {
  closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  const client = new AbortController();
  const response = await callProxy(deps, "sse", "responses?endless=1", {
    method: "POST",
    body: "{}",
    signal: client.signal,
  });
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  expect((await reader.read()).done).toBe(false);
  client.abort();
  await expectUpstreamClosed();
});

it("cancelling the response body (a closed tab in Next) closes the upstream request", async () => {
  closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  const response = await callProxy(
    deps,
    "sse",
    "responses/endless?stream=true",
    { method: "GET" },
  );
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  expect((await reader.read()).done).toBe(false);
  await reader.cancel();
  await expectUpstreamClosed();
});
