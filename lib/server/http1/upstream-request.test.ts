import { createServer, type Server, type ServerResponse } from "node:http";
import {
  connect,
  createServer as createTcpServer,
  type AddressInfo,
  type Socket,
} from "node:net";
import { setImmediate as nextTurn } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { UpstreamProtocolError } from "./chunked-framing";
import { requestUpstream, type UpstreamAnswer } from "./upstream-request";

/** A TCP upstream that answers each request with `answer`, counting the connections it was sent on. */
async function rawUpstream(
  answer: (socket: Socket, request: string) => Promise<void> | void,
) {
  const connections: Socket[] = [];
  const closes: Promise<void>[] = [];
  const server = createTcpServer((socket) => {
    connections.push(socket);
    closes.push(new Promise((resolve) => socket.once("close", resolve)));
    let received = "";
    socket.on("data", (data) => {
      received += data.toString("latin1");
      const end = received.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = Number(/content-length: (\d+)/i.exec(received)?.[1] ?? 0);
      if (received.length < end + 4 + length) return;
      const whole = received.slice(0, end + 4 + length);
      received = received.slice(whole.length);
      void answer(socket, whole);
    });
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(
    `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/responses?x=1`,
  );
  servers.push(server);
  return { url, connections, closes };
}

const servers: { close(): unknown }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    (server as Server).closeAllConnections?.();
    server.close();
  }
});

const send = (
  url: URL,
  init: Partial<Parameters<typeof requestUpstream>[1]> = {},
) =>
  requestUpstream(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: Buffer.from("{}"),
    signal: new AbortController().signal,
    ...init,
  });

/** Writes `bytes` in pieces of 1 to 37 bytes, a turn of the event loop apart, so the reader's reads fall anywhere. */
async function writeInPieces(socket: Socket, bytes: Buffer) {
  for (
    let at = 0, step = 1;
    at < bytes.length;
    at += step, step = ((step * 7) % 37) + 1
  ) {
    socket.write(bytes.subarray(at, at + step));
    await nextTurn();
  }
}

const events = Array.from(
  { length: 30 },
  (_, index) => `data: {"n":${index}}\n\n`,
);
const chunked = Buffer.from(
  `HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n${events
    .map((event) => `${event.length.toString(16)}\r\n${event}\r\n`)
    .join("")}0\r\n\r\n`,
);

/** A Node server whose every request is answered with `body` sent straight to the response, and its client. */
async function relayThrough(
  answer: () => Promise<UpstreamAnswer>,
  watch?: (response: ServerResponse) => void,
) {
  const server = createServer((_, response: ServerResponse) => {
    watch?.(response);
    void answer().then(({ statusCode, body }) => {
      const headers = { "content-type": "text/event-stream" };
      if (body) return body.sendTo(response, statusCode, headers);
      response.writeHead(statusCode, headers);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk.toString();
  return text;
}

describe("requestUpstream", () => {
  it("sends the request head and body, and relays a chunked answer cut anywhere to a client in the client's own framing", async () => {
    let seen = "";
    const { url } = await rawUpstream((socket, text) => {
      seen = text;
      return writeInPieces(socket, chunked);
    });
    const client = await relayThrough(() => send(url));
    for (let round = 0; round < 3; round++) {
      const response = await fetch(client);
      expect(response.headers.get("transfer-encoding")).toBe("chunked");
      expect(await response.text()).toBe(events.join(""));
    }
    expect(seen).toBe(
      `POST /v1/responses?x=1 HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}`,
    );
  });

  it("writes a short answer to the client at once: the head, the body and the last chunk", async () => {
    const { url } = await rawUpstream((socket) => void socket.write(chunked));
    const writes: number[] = [];
    const client = await relayThrough(
      () => send(url),
      ({ socket }) => {
        // Every write Node's stream hands to the kernel goes through one of these two.
        const write = socket!._write.bind(socket);
        const writev = socket!._writev!.bind(socket);
        socket!._write = (...args) => {
          writes.push(1);
          write(...args);
        };
        socket!._writev = (chunks, callback) => {
          writes.push(chunks.length);
          writev(chunks, callback);
        };
      },
    );
    expect(await (await fetch(client)).text()).toBe(events.join(""));
    expect(writes).toEqual([3]);
  });

  it("gives the same body as a stream, decoded", async () => {
    const { url } = await rawUpstream((socket) =>
      writeInPieces(socket, chunked),
    );
    const answer = await send(url);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers["content-type"]).toBe("text/event-stream");
    expect(await readStream(answer.body!)).toBe(events.join(""));
  });

  it.each([
    ["a length, with that length", "content-length: 11\r\n", false, "11", null],
    ["the connection's end, chunked", "", true, null, "chunked"],
  ])(
    "relays a body delimited by %s",
    async (_, framing, close, length, coding) => {
      const { url } = await rawUpstream(async (socket) => {
        await writeInPieces(
          socket,
          Buffer.from(`HTTP/1.1 200 OK\r\n${framing}\r\nhello world`),
        );
        if (close) socket.end();
      });
      const client = await relayThrough(() => send(url));
      const relayed = await fetch(client);
      expect(relayed.headers.get("content-length")).toBe(length);
      expect(relayed.headers.get("transfer-encoding")).toBe(coding);
      expect(await relayed.text()).toBe("hello world");
      expect(await readStream((await send(url)).body!)).toBe("hello world");
    },
  );

  it("reuses a connection whose answer was read whole, unless the upstream said to close it", async () => {
    let close = false;
    const { url, connections } = await rawUpstream((socket) => {
      socket.write(
        `HTTP/1.1 200 OK\r\ncontent-length: 2\r\n${close ? "connection: close\r\n" : ""}\r\nok`,
      );
    });
    for (let round = 0; round < 3; round++)
      await readStream((await send(url)).body!);
    expect(connections).toHaveLength(1);
    close = true;
    // The first goes on the kept connection, which then closes; the second needs a new one.
    for (let round = 0; round < 2; round++)
      await readStream((await send(url)).body!);
    expect(connections).toHaveLength(2);
  });

  it("skips an interim answer", async () => {
    const { url } = await rawUpstream((socket) => {
      socket.write(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\ncontent-length: 2\r\n\r\nok",
      );
    });
    const answer = await send(url);
    expect(answer.statusCode).toBe(201);
    expect(await readStream(answer.body!)).toBe("ok");
  });

  it("cuts the client's answer short and drops the connection when the framing breaks mid-stream", async () => {
    const { url, closes } = await rawUpstream((socket) => {
      const event = events[0]!;
      socket.write(
        `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n${event.length.toString(16)}\r\n${event}\r\nzz\r\n`,
      );
    });
    const client = await relayThrough(() => send(url));
    await expect((await fetch(client)).text()).rejects.toThrow();
    await closes[0];
    await expect(readStream((await send(url)).body!)).rejects.toThrow(
      UpstreamProtocolError,
    );
  });

  it.each([
    ["closes before answering", (socket: Socket) => void socket.end()],
    [
      "sends a head too large",
      (socket: Socket) =>
        void socket.write(
          `HTTP/1.1 200 OK\r\nx: ${"a".repeat(20_000)}\r\n\r\n`,
        ),
    ],
    [
      "sends bytes past a bodiless answer",
      (socket: Socket) =>
        void socket.write("HTTP/1.1 204 No Content\r\n\r\nextra"),
    ],
  ])("rejects when the upstream %s", async (_, answer) => {
    const { url } = await rawUpstream(answer);
    await expect(send(url)).rejects.toThrow();
  });

  it("refuses a header value that would end its line", async () => {
    const { url, connections } = await rawUpstream(() => undefined);
    await expect(
      send(url, { headers: { "x-a": "1\r\nx-b: 2" } }),
    ).rejects.toThrow();
    expect(connections).toHaveLength(0);
  });

  it("closes the upstream connection when aborted before or after the head", async () => {
    const { url, connections } = await rawUpstream((socket) => {
      socket.write(
        "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nhi\r\n",
      );
    });
    const before = new AbortController();
    const pending = send(url, { signal: before.signal });
    before.abort();
    await expect(pending).rejects.toThrow("aborted");
    const after = new AbortController();
    const answer = await send(url, { signal: after.signal });
    const closed = new Promise((resolve) =>
      connections.at(-1)!.once("close", resolve),
    );
    const read = readStream(answer.body!);
    after.abort();
    await expect(read).rejects.toThrow("aborted");
    await closed;
  });

  it("gives an HTTP/1.0 client the body unframed", async () => {
    const { url } = await rawUpstream((socket) =>
      writeInPieces(socket, chunked),
    );
    const client = new URL(await relayThrough(() => send(url)));
    const socket = connect(Number(client.port), client.hostname);
    // Not ended: a client that half-closes has its pending request dropped by Node's server.
    socket.write("GET / HTTP/1.0\r\n\r\n");
    const text = await readStream(socket);
    expect(text).not.toMatch(/transfer-encoding/i);
    expect(text.slice(text.indexOf("\r\n\r\n") + 4)).toBe(events.join(""));
  });
});
