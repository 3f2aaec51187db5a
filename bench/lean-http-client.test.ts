import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { closeLeanConnections, leanStream } from "./lean-http-client";

const BODY = JSON.stringify({ model: "firehose", input: "go", stream: true });
const HEADERS = { "content-type": "application/json" };
const servers: { close(): unknown }[] = [];

async function listen<T extends Server | ReturnType<typeof createTcpServer>>(
  server: T,
): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A TCP server that answers a connection's first request with `pieces`, written 5 ms apart. */
function rawServer(pieces: readonly string[]) {
  return createTcpServer((socket) => {
    socket.once("data", () => {
      pieces.forEach((piece, index) =>
        setTimeout(() => socket.write(piece), index * 5),
      );
    });
  });
}

afterEach(() => {
  closeLeanConnections();
  for (const server of servers.splice(0)) server.close();
});

describe("leanStream", () => {
  it("sends the request and counts a sized body, reusing its connection", async () => {
    const seen: string[] = [];
    let connections = 0;
    const server = createHttpServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        seen.push(`${request.method} ${request.url} ${body}`);
        response.end("x".repeat(300_000));
      });
    });
    server.on("connection", () => connections++);
    const origin = await listen(server);
    const first = await leanStream(`${origin}/n/1/v1/responses`, BODY, HEADERS);
    const second = await leanStream(
      `${origin}/n/2/v1/responses`,
      BODY,
      HEADERS,
    );
    expect([first.bytes, second.bytes]).toEqual([300_000, 300_000]);
    expect(first.ttfbMs).toBeGreaterThan(0);
    expect(first.totalMs).toBeGreaterThanOrEqual(first.ttfbMs);
    expect(seen).toEqual([
      `POST /n/1/v1/responses ${BODY}`,
      `POST /n/2/v1/responses ${BODY}`,
    ]);
    expect(connections).toBe(1);
  });

  it("counts a chunked body's payload, not its framing, across reads", async () => {
    const server = createHttpServer((request, response) => {
      request.resume();
      response.writeHead(200, { "content-type": "text/event-stream" });
      let left = 5;
      const next = () => {
        if (left-- === 0) return response.end();
        response.write("y".repeat(70_000));
        setTimeout(next, 2);
      };
      next();
    });
    const origin = await listen(server);
    const timing = await leanStream(`${origin}/`, BODY, HEADERS);
    expect(timing.bytes).toBe(350_000);
  });

  it("reads a head that arrives in two pieces", async () => {
    const origin = await listen(
      rawServer(["HTTP/1.1 200 OK\r\nconte", "nt-length: 4\r\n\r\nbody"]),
    );
    expect((await leanStream(`${origin}/`, BODY, HEADERS)).bytes).toBe(4);
  });

  it("refuses an answer other than 200, and the next request opens a new connection", async () => {
    let status = 503;
    const server = createHttpServer((request, response) => {
      request.resume();
      response.writeHead(status).end("busy");
      status = 200;
    });
    const origin = await listen(server);
    await expect(leanStream(`${origin}/`, BODY, HEADERS)).rejects.toThrow(
      "answered HTTP 503",
    );
    expect((await leanStream(`${origin}/`, BODY, HEADERS)).bytes).toBe(4);
  });

  it("refuses bytes past the end of a sized body", async () => {
    const origin = await listen(
      rawServer(["HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nokay"]),
    );
    await expect(leanStream(`${origin}/`, BODY, HEADERS)).rejects.toThrow(
      "past its answer's end",
    );
  });

  it("refuses bytes past the last chunk", async () => {
    const origin = await listen(
      rawServer([
        "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\nextra",
      ]),
    );
    await expect(leanStream(`${origin}/`, BODY, HEADERS)).rejects.toThrow(
      "past its answer's end",
    );
  });

  it("fails when the server closes before the body ends", async () => {
    const server = createTcpServer((socket) =>
      socket.once("data", () =>
        socket.end("HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nshort"),
      ),
    );
    const origin = await listen(server);
    await expect(leanStream(`${origin}/`, BODY, HEADERS)).rejects.toThrow(
      "closed before its answer ended",
    );
  });

  it("does not take a pooled connection the server has since closed", async () => {
    let connections = 0;
    const server = createTcpServer((socket) => {
      connections++;
      socket.once("data", () =>
        socket.end("HTTP/1.1 200 OK\r\ncontent-length: 4\r\n\r\ndone"),
      );
    });
    const origin = await listen(server);
    await leanStream(`${origin}/`, BODY, HEADERS);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await leanStream(`${origin}/`, BODY, HEADERS)).bytes).toBe(4);
    expect(connections).toBe(2);
  });
});
