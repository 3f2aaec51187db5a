import { validateHeaderName, validateHeaderValue } from "node:http";
import { UpstreamProtocolError } from "./chunked-framing";
import { closedEarly, ConnectionPool, idleMsFor } from "./connection-pool";
import { MAX_HEAD_BYTES, parseResponseHead } from "./response-head";
import { UpstreamBody } from "./upstream-body";

export interface UpstreamRequest {
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | null;
  /** Stops the request, and its answer's body once it has one. */
  signal: AbortSignal;
}

export interface UpstreamAnswer {
  statusCode: number;
  headers: Record<string, string | string[]>;
  body: UpstreamBody | null;
}

const pool = new ConnectionPool();
const HEAD_END = Buffer.from("\r\n\r\n");
const BODY_METHODS: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH"]);

function requestHead(url: URL, request: UpstreamRequest): string {
  // Host and the framing are the proxy's own: the upstream config refuses them among its extra headers.
  const lines = [
    `${request.method} ${url.pathname}${url.search} HTTP/1.1`,
    `host: ${url.host}`,
  ];
  for (const [name, value] of Object.entries(request.headers)) {
    // Throws on a name or value that could end the line early, so a header can never add another.
    validateHeaderName(name);
    validateHeaderValue(name, value);
    lines.push(`${name}: ${value}`);
  }
  if (request.body || BODY_METHODS.has(request.method))
    lines.push(`content-length: ${request.body?.byteLength ?? 0}`);
  return `${lines.join("\r\n")}\r\n\r\n`;
}

function abortError(): Error {
  return Object.assign(new Error("The request was aborted."), {
    name: "AbortError",
  });
}

/**
 * One HTTP/1.1 request to a plain-`http:` upstream over a pooled keep-alive connection. It resolves with the
 * answer's head; its body is read off the connection as the reader takes it. Interim (1xx) answers are
 * skipped; an answer whose framing is not strictly valid rejects, and its connection is never reused.
 */
export function requestUpstream(
  url: URL,
  request: UpstreamRequest,
): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    const { signal } = request;
    if (signal.aborted) return reject(abortError());
    let head: string;
    try {
      head = requestHead(url, request);
    } catch (error) {
      // Node's header checks throw a TypeError naming the bad header.
      return reject(error instanceof Error ? error : new Error(String(error)));
    }
    // The URL keeps an IPv6 address in brackets; a socket takes it bare.
    const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
    const port = Number(url.port || 80);
    const connection = pool.take(host, port);
    let body: UpstreamBody | null = null;
    let settled = false;
    const onAbort = () => {
      if (body) body.destroy(abortError());
      else {
        connection.destroy();
        fail(abortError());
      }
    };
    signal.addEventListener("abort", onAbort, { once: true });
    const detach = () => signal.removeEventListener("abort", onAbort);
    const fail = (error: Error) => {
      connection.destroy();
      detach();
      if (!settled) reject(error);
      settled = true;
    };
    // Head bytes of earlier reads, copied, since the connection reads into the same buffer again.
    let pending = Buffer.alloc(0);
    connection.reader = {
      data(length) {
        const read = connection.buffer.subarray(0, length);
        const before = pending.length;
        const bytes = before ? Buffer.concat([pending, read]) : read;
        let from = 0;
        try {
          for (;;) {
            const at = bytes.indexOf(HEAD_END, from);
            if (at < 0) {
              if (bytes.length - from > MAX_HEAD_BYTES)
                throw new UpstreamProtocolError("a response head too large");
              pending = Buffer.from(bytes.subarray(from));
              return true;
            }
            if (at - from > MAX_HEAD_BYTES)
              throw new UpstreamProtocolError("a response head too large");
            const answer = parseResponseHead(
              bytes.toString("latin1", from, at),
              request.method,
            );
            from = at + HEAD_END.length;
            if (answer.status === 101)
              throw new UpstreamProtocolError("an unasked-for protocol switch");
            // An interim answer (100 Continue, 103 Early Hints) is followed by the real one.
            if (answer.status < 200) continue;
            const held = { start: from - before, end: length };
            const outcome = (whole: boolean) => {
              detach();
              if (whole && answer.reusable)
                pool.give(
                  host,
                  port,
                  connection,
                  idleMsFor(answer.headers["keep-alive"]),
                );
              else connection.destroy();
            };
            if (answer.body.kind === "none") {
              if (held.end > held.start)
                throw new UpstreamProtocolError(
                  "a body on an answer that has none",
                );
              connection.reader = null;
              outcome(true);
            } else
              body = new UpstreamBody(connection, answer.body, held, outcome);
            settled = true;
            resolve({
              statusCode: answer.status,
              headers: answer.headers,
              body,
            });
            return answer.body.kind === "none";
          }
        } catch (error) {
          fail(error as Error);
          return false;
        }
      },
      closed(error) {
        fail(
          error ??
            closedEarly("the upstream closed the connection before answering"),
        );
      },
    };
    connection.socket.resume();
    connection.socket.cork();
    connection.socket.write(head, "latin1");
    if (request.body) connection.socket.write(request.body);
    connection.socket.uncork();
  });
}
