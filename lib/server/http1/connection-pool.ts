import { connect, type Socket } from "node:net";

/** Bytes read from an upstream per system call at most; each connection reads into one buffer of its own. */
const READ_BUFFER_BYTES = 256 * 1024;
/** How long an idle connection is kept when the upstream names no keep-alive timeout: undici's default. */
const DEFAULT_IDLE_MS = 4_000;

/** Where a connection's reads go while it carries a request; the bytes are in its buffer, `[0, length)`. */
export interface ConnectionReader {
  /** Returns false to stop reading until the connection is resumed. */
  data(length: number): boolean;
  /** The connection is over: `null` when the upstream ended its side, else why it failed or closed. */
  closed(error: Error | null): void;
}

/** A connection that ended before its answer did, coded as a reset so the proxy's error names it in words. */
export function closedEarly(message: string): Error {
  return Object.assign(new Error(message), { code: "ECONNRESET" });
}

/** An HTTP/1.1 connection to an upstream, whose every read lands in the same buffer. */
export class UpstreamConnection {
  readonly buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  readonly socket: Socket;
  reader: ConnectionReader | null = null;

  constructor(host: string, port: number) {
    this.socket = connect({
      host,
      port,
      noDelay: true,
      onread: {
        buffer: this.buffer,
        callback: (length: number) => {
          if (this.reader) return this.reader.data(length);
          // Bytes on an idle connection belong to no request: it can no longer be trusted.
          this.socket.destroy();
          return false;
        },
      },
    });
    const closed = (error: Error | null) => {
      const reader = this.reader;
      this.reader = null;
      reader?.closed(error);
    };
    this.socket.on("error", closed);
    this.socket.on("end", () => closed(null));
    this.socket.on("close", () => closed(closedEarly("the connection closed")));
  }

  destroy(): void {
    this.reader = null;
    this.socket.destroy();
  }
}

/** The `timeout` an upstream's `Keep-Alive` field names, less a second so the upstream never closes first. */
export function idleMsFor(keepAlive: string | string[] | undefined): number {
  const value = Array.isArray(keepAlive) ? keepAlive.join(",") : keepAlive;
  const seconds = Number(/(?:^|[,\s])timeout=(\d+)/i.exec(value ?? "")?.[1]);
  return Number.isFinite(seconds) && seconds > 1
    ? Math.min((seconds - 1) * 1000, 60_000)
    : DEFAULT_IDLE_MS;
}

/** Idle keep-alive connections by `host:port`, so a request does not wait for a new TCP handshake. */
export class ConnectionPool {
  private readonly idle = new Map<
    string,
    Map<UpstreamConnection, () => void>
  >();

  /** An idle connection to `host:port`, else a new one. */
  take(host: string, port: number): UpstreamConnection {
    const idle = this.idle.get(`${host}:${port}`);
    for (const [connection, forget] of idle ?? []) {
      forget();
      if (connection.socket.destroyed) continue;
      connection.socket.ref();
      return connection;
    }
    return new UpstreamConnection(host, port);
  }

  /** Keeps a connection whose last answer was read whole, until `idleMs` pass or the upstream closes it. */
  give(
    host: string,
    port: number,
    connection: UpstreamConnection,
    idleMs: number,
  ): void {
    if (connection.socket.destroyed) return;
    const key = `${host}:${port}`;
    let idle = this.idle.get(key);
    if (!idle)
      this.idle.set(key, (idle = new Map<UpstreamConnection, () => void>()));
    const timer = setTimeout(() => connection.destroy(), idleMs);
    timer.unref();
    const forget = () => {
      clearTimeout(timer);
      idle.delete(connection);
      connection.socket.off("close", forget);
    };
    connection.socket.once("close", forget);
    idle.set(connection, forget);
    connection.reader = null;
    // Reading on, so an upstream that closes the idle connection is noticed at once.
    connection.socket.resume();
    // An idle connection does not keep the process running.
    connection.socket.unref();
  }
}
