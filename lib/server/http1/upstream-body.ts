import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { Readable } from "node:stream";
import { ChunkedFraming, UpstreamProtocolError } from "./chunked-framing";
import { closedEarly, type UpstreamConnection } from "./connection-pool";
import type { BodyFraming } from "./response-head";

/** Told once, when the body is over: whether it was read whole (else its connection must be closed). */
export type BodyOutcome = (whole: boolean) => void;

/** Bytes of the connection's buffer, `[start, end)`. */
interface Range {
  start: number;
  end: number;
}

const CRLF = Buffer.from("\r\n");

/**
 * An upstream answer's body, read off its connection. Read as a Node stream, each read's payload is copied
 * out. Sent with {@link UpstreamBody.sendTo}, each read goes from the connection's own buffer to the client's
 * socket, a chunked body with its framing as it is, and the connection reads on once the socket has taken it:
 * nothing is allocated, copied or parsed per chunk, as a byte relay does.
 */
export class UpstreamBody extends Readable {
  private readonly chunked: ChunkedFraming | null;
  private remaining: number;
  /** The client's socket, once the body is sent to a response rather than read as a stream. */
  private socket: Socket | null = null;
  private response: ServerResponse | null = null;
  /** An unfinished size line from the end of the last read, passed on once it proves not to begin the last chunk. */
  private carry: Buffer | null = null;
  /** Whether the connection waits for the reader (at first, and while a read is still being written or the stream is full). */
  private waiting = true;
  private complete = false;
  private over = false;
  /** Body bytes that came with the head, kept until the body is first read. */
  private held: Range | null;

  constructor(
    private readonly connection: UpstreamConnection,
    private readonly framing: BodyFraming,
    held: Range,
    private readonly outcome: BodyOutcome,
  ) {
    super();
    this.chunked = framing.kind === "chunked" ? new ChunkedFraming() : null;
    this.remaining = framing.kind === "length" ? framing.length : Infinity;
    this.held = held;
    connection.reader = {
      data: (length) => this.passOn({ start: 0, end: length }),
      closed: (error) => this.connectionOver(error),
    };
  }

  /**
   * Writes the answer to `response` with `status` and `headers`, and ends it, instead of being read as a stream.
   * A body of declared length goes on the response's socket as it came, with that length; any other as chunks
   * of Node's own framing, which it ends.
   */
  sendTo(
    response: ServerResponse,
    status: number,
    headers: OutgoingHttpHeaders,
  ): void {
    // A failure or abort destroys the response; read this way, the stream itself has no one to tell.
    this.on("error", () => undefined);
    const sized = this.framing.kind === "length";
    response.writeHead(
      status,
      sized ? { ...headers, "content-length": this.framing.length } : headers,
    );
    const { socket } = response;
    // An HTTP/1.0 client gets a body of unknown length unframed, as the stream Node writes.
    if (!socket || !(sized || response.chunkedEncoding)) {
      response.flushHeaders();
      this.pipe(response);
      return;
    }
    this.response = response;
    this.socket = socket;
    // The head, the bytes that came with it and, for a short answer, the last chunk leave in one write: a write
    // on loopback costs about as much as the bytes it carries, and each one wakes the client.
    socket.cork();
    response.flushHeaders();
    this.readOn();
    socket.uncork();
  }

  override _read(): void {
    this.readOn();
  }

  override _destroy(
    error: Error | null,
    callback: (error?: Error | null) => void,
  ): void {
    this.end(false);
    callback(error);
  }

  private connectionOver(error: Error | null): void {
    if (this.over || this.complete) return;
    // Only a body that runs to the end of the connection may end with it.
    if (error === null && this.framing.kind === "close") {
      this.complete = true;
      this.passOn({ start: 0, end: 0 });
      return;
    }
    this.fail(error ?? closedEarly("the upstream closed the connection early"));
  }

  private readOn(): void {
    if (!this.waiting || this.over) return;
    this.waiting = false;
    const held = this.held ?? { start: 0, end: 0 };
    this.held = null;
    if (this.passOn(held) && !this.over) this.connection.socket.resume();
  }

  /** Passes on the body bytes in `range`; returns whether the connection may read on at once. */
  private passOn(range: Range): boolean {
    try {
      return this.socket ? this.relay(range, this.socket) : this.copyOut(range);
    } catch (error) {
      this.fail(error as Error);
      return false;
    }
  }

  /** The stream's way: each read's payload copied out. */
  private copyOut(range: Range): boolean {
    const length = this.payload(range);
    const view = this.connection.buffer.subarray(
      range.start,
      range.start + length,
    );
    const more = length === 0 || this.push(Buffer.from(view));
    if (this.complete) {
      this.push(null);
      this.end(true);
      return true;
    }
    this.waiting = !more;
    return more;
  }

  /** The relay's way: the read's bytes written to the client's socket from the connection's buffer. */
  private relay(range: Range, socket: Socket): boolean {
    const pieces = this.chunked
      ? this.chunkPieces(range, this.chunked)
      : this.framing.kind === "length"
        ? this.payloadPieces(range)
        : this.framedPieces(range);
    let writing = false;
    const written = (error?: Error | null) => {
      if (!writing) return;
      if (error) this.fail(error);
      else if (this.complete) this.end(true);
      else this.readOn();
    };
    if (pieces.length > 0) {
      socket.cork();
      pieces.forEach((piece, index) =>
        socket.write(piece, index === pieces.length - 1 ? written : undefined),
      );
      socket.uncork();
      // A write the kernel took at once no longer holds the buffer; one still queued does until its callback.
      writing = socket.writableLength > 0;
    }
    if (this.complete) {
      this.response?.end();
      if (!writing) this.end(true);
    } else this.waiting = writing;
    return !writing;
  }

  /** A chunked body's bytes as they are, but for an unfinished size line (carried to the next read) and the last chunk (Node writes its own). */
  private chunkPieces(
    { start, end }: Range,
    chunked: ChunkedFraming,
  ): Uint8Array[] {
    const { buffer } = this.connection;
    const scan = chunked.scan(buffer, start, end, false);
    if (chunked.done) this.markComplete(scan.next !== end);
    const carry = this.carry;
    this.carry = null;
    if (scan.resumedLine === "open") {
      this.carry = Buffer.concat([
        carry ?? Buffer.alloc(0),
        buffer.subarray(start, end),
      ]);
      return [];
    }
    const pieces: Uint8Array[] = [];
    if (carry && scan.resumedLine === "chunk") pieces.push(carry);
    if (scan.forwardEnd > start)
      pieces.push(buffer.subarray(start, scan.forwardEnd));
    if (!this.complete && scan.forwardEnd < end)
      this.carry = Buffer.from(buffer.subarray(scan.forwardEnd, end));
    return pieces;
  }

  /** A body of declared length, sent with that length: each read's payload as it is. */
  private payloadPieces(range: Range): Uint8Array[] {
    const length = this.payload(range);
    if (length === 0) return [];
    return [this.connection.buffer.subarray(range.start, range.start + length)];
  }

  /** A body that runs to the connection's end, framed as one chunk per read. */
  private framedPieces(range: Range): Uint8Array[] {
    const [payload] = this.payloadPieces(range);
    if (!payload) return [];
    return [
      Buffer.from(`${payload.length.toString(16)}\r\n`, "latin1"),
      payload,
      CRLF,
    ];
  }

  /** The payload's length in `range`, decoded in place when chunked; bytes past the body's end are refused. */
  private payload({ start, end }: Range): number {
    if (this.chunked) {
      const scan = this.chunked.scan(this.connection.buffer, start, end, true);
      if (this.chunked.done) this.markComplete(scan.next !== end);
      return scan.payload;
    }
    const length = Math.min(this.remaining, end - start);
    this.remaining -= length;
    if (this.remaining === 0) this.markComplete(length !== end - start);
    return length;
  }

  private markComplete(extraBytes: boolean): void {
    if (extraBytes)
      throw new UpstreamProtocolError("bytes past the end of the answer");
    this.complete = true;
  }

  /** The body is over, read whole or abandoned. */
  private end(whole: boolean): void {
    if (this.over) return;
    this.over = true;
    this.connection.reader = null;
    this.outcome(whole);
  }

  private fail(error: Error): void {
    this.end(false);
    // What was passed on before the failure, the head at least, still reaches the client before it is cut off.
    while (this.socket?.writableCorked) this.socket.uncork();
    if (this.response) this.response.destroy(error);
    else this.destroy(error);
  }
}
