import { connect, type Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { ChunkedFraming } from "@/lib/server/http1/chunked-framing";
import {
  MAX_HEAD_BYTES,
  parseResponseHead,
} from "@/lib/server/http1/response-head";

/** Bytes each connection reads per system call at most, into the one buffer it has. */
const READ_BUFFER_BYTES = 256 * 1024;

/** What reading one answer took, as the proxy section reports it. */
export interface StreamTiming {
  /** From sending the request to the first body byte. */
  ttfbMs: number;
  totalMs: number;
  /** Bytes of the body's payload (chunked framing not counted). */
  bytes: number;
}

/** A keep-alive connection whose every read lands in the same buffer. */
interface LeanConnection {
  socket: Socket;
  buffer: Buffer;
  /** The answer being read, told of each read's length; none between requests. */
  reader: ((length: number) => void) | null;
}

const idle = new Map<string, LeanConnection[]>();

function open(host: string, port: number): LeanConnection {
  const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  const connection: LeanConnection = {
    buffer,
    reader: null,
    socket: connect({
      host,
      port,
      noDelay: true,
      onread: {
        buffer,
        callback: (length: number) => {
          if (connection.reader) connection.reader(length);
          // Bytes with no request waiting for them: the connection cannot be trusted any more.
          else connection.socket.destroy();
          return true;
        },
      },
    }),
  };
  // A failure also closes the socket, and the answer being read learns of it from that.
  connection.socket.on("error", () => undefined);
  return connection;
}

/** An idle connection to `target`'s host still open, else a new one. */
function take(target: URL): LeanConnection {
  const pool = idle.get(target.host) ?? [];
  idle.set(target.host, pool);
  for (let connection = pool.pop(); connection; connection = pool.pop())
    if (!connection.socket.destroyed) return connection;
  return open(target.hostname, Number(target.port || 80));
}

/**
 * POSTs `body` to `url` and reads the answer to its end, as wrk does rather than as Node's client does: each
 * connection reads into one buffer of its own and the body is only counted, so the client allocates nothing
 * per read and sets off no collections, and the server, not the client, is what limits a busy round.
 * Any answer but a 200 whose body has a declared length or chunked framing is refused.
 */
export function leanStream(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<StreamTiming> {
  const target = new URL(url);
  const connection = take(target);
  const { socket } = connection;
  const start = performance.now();
  return new Promise((resolve, reject) => {
    let head = "";
    let chunked: ChunkedFraming | null = null;
    let remaining = -1;
    let bytes = 0;
    let ttfbMs = 0;
    const fail = (error: Error) => {
      connection.reader = null;
      socket.off("close", closed);
      socket.destroy();
      reject(error);
    };
    const closed = () =>
      fail(new Error(`${url} closed before its answer ended`));
    const counted = (payload: number) => {
      if (payload > 0 && bytes === 0) ttfbMs = performance.now() - start;
      bytes += payload;
    };
    /** Counts the body's bytes in `[from, to)`; says whether the body ended, refusing bytes past its end. */
    const readBody = (from: number, to: number) => {
      // Just past the body's last byte once it has ended in this range.
      let end: number | null;
      if (chunked) {
        const scan = chunked.scan(connection.buffer, from, to, true);
        counted(scan.payload);
        end = chunked.done ? scan.next : null;
      } else {
        const payload = Math.min(remaining, to - from);
        counted(payload);
        remaining -= payload;
        end = remaining === 0 ? from + payload : null;
      }
      if (end !== null && end !== to)
        throw new Error(`${url} sent bytes past its answer's end`);
      return end !== null;
    };
    connection.reader = (length) => {
      try {
        let from = 0;
        if (remaining < 0 && !chunked) {
          head += connection.buffer.toString("latin1", 0, length);
          const end = head.indexOf("\r\n\r\n");
          if (end < 0) {
            if (head.length > MAX_HEAD_BYTES) throw new Error("head too long");
            return;
          }
          const answer = parseResponseHead(head.slice(0, end), "POST");
          if (answer.status !== 200)
            throw new Error(`${url} answered HTTP ${answer.status}`);
          if (answer.body.kind === "chunked") chunked = new ChunkedFraming();
          else if (answer.body.kind === "length")
            remaining = answer.body.length;
          else throw new Error(`${url} sent a body of no declared length`);
          from = length - (head.length - end - 4);
        }
        if (!readBody(from, length)) return;
        connection.reader = null;
        socket.off("close", closed);
        idle.get(target.host)?.push(connection);
        resolve({ ttfbMs, totalMs: performance.now() - start, bytes });
      } catch (error) {
        fail(error as Error);
      }
    };
    socket.on("close", closed);
    const fields = Object.entries({
      host: target.host,
      ...headers,
      "content-length": String(Buffer.byteLength(body)),
    }).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(
      `POST ${target.pathname}${target.search} HTTP/1.1\r\n${fields.join("")}\r\n${body}`,
    );
  });
}

/** Closes the idle connections, so the process can end. */
export function closeLeanConnections(): void {
  for (const connection of [...idle.values()].flat())
    connection.socket.destroy();
  idle.clear();
}
