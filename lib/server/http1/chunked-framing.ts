/** Why an upstream's answer could not be read as HTTP/1.1; the connection it came on is never reused. */
export class UpstreamProtocolError extends Error {
  readonly code = "ERR_INVALID_HTTP_RESPONSE";
}

/** Hex digits a chunk size may have: 2^40 bytes is far beyond any answer the proxy relays. */
const MAX_SIZE_DIGITS = 10;
/** Bytes of chunk extensions or trailer fields taken before the answer is refused as malformed. */
const MAX_METADATA_BYTES = 16 * 1024;

const CR = 0x0d;
const LF = 0x0a;

const enum State {
  Size,
  Extension,
  SizeLF,
  Data,
  DataCR,
  DataLF,
  TrailerLineStart,
  TrailerLine,
  TrailerLF,
  LastLF,
  Done,
}

/** What a size line still open when a range began turned into by its end. */
export type ResumedLine = "none" | "open" | "chunk" | "last";

export interface ChunkedScan {
  /** With `decode`, the payload's length, now at `[start, start + payload)`. */
  payload: number;
  /**
   * `[start, forwardEnd)` are bytes of chunks other than the last, framing included: what a relay that keeps
   * the framing passes on. An unfinished size line at the range's end is left out, since it may begin the last.
   */
  forwardEnd: number;
  resumedLine: ResumedLine;
  /** Just past the body's last byte once it is done, else the range's end. */
  next: number;
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  return -1;
}

function malformed(what: string): never {
  throw new UpstreamProtocolError(`malformed chunked framing (${what})`);
}

const inSizeLine = (state: State) =>
  state === State.Size || state === State.Extension || state === State.SizeLF;

/**
 * Follows a chunked body (RFC 9112 §7.1) read by read, without copying it: it finds where the body ends, and
 * either decodes each read in place or tells a relay which bytes belong to chunks other than the last, whose
 * framing it can pass on as it is. Anything but strict chunked framing throws: guessing where a body ends
 * would desynchronize the connection.
 */
export class ChunkedFraming {
  private state = State.Size;
  private size = 0;
  private digits = 0;
  private remaining = 0;
  private metadata = 0;

  get done(): boolean {
    return this.state === State.Done;
  }

  scan(
    buffer: Uint8Array,
    start: number,
    end: number,
    decode: boolean,
  ): ChunkedScan {
    let resumedLine: ResumedLine = inSizeLine(this.state) ? "open" : "none";
    // Where the size line being read began; -1 while it is one that began before this range.
    let lineStart = -1;
    let lastLineStart = -1;
    const lastSeenBefore = this.state >= State.TrailerLineStart;
    let out = start;
    let i = start;
    while (i < end && this.state !== State.Done) {
      switch (this.state) {
        case State.Data: {
          const take = Math.min(this.remaining, end - i);
          if (decode && out !== i) buffer.copyWithin(out, i, i + take);
          out += take;
          i += take;
          this.remaining -= take;
          if (this.remaining > 0) break;
          this.state = State.DataCR;
          // The common case, the chunk's CRLF and the next size line whole within the read, read in one go.
          const next = this.nextChunk(buffer, i, end);
          if (next === -1) break;
          lineStart = i + 2;
          i = next;
          break;
        }
        case State.Size: {
          let digit: number;
          while (i < end && (digit = hexValue(buffer[i] as number)) >= 0) {
            if (++this.digits > MAX_SIZE_DIGITS)
              malformed("a chunk size too long");
            this.size = this.size * 16 + digit;
            i++;
          }
          if (i === end) break;
          const byte = buffer[i++] as number;
          if (this.digits === 0) malformed("a chunk size expected");
          if (byte === CR) this.state = State.SizeLF;
          else if (byte === 0x3b || byte === 0x20 || byte === 0x09)
            this.state = State.Extension;
          else malformed("a chunk size");
          break;
        }
        case State.Extension: {
          const byte = buffer[i++] as number;
          if (byte === CR) this.state = State.SizeLF;
          else this.takeMetadata(byte);
          break;
        }
        case State.SizeLF: {
          if (buffer[i++] !== LF) malformed("a chunk size line");
          const last = this.size === 0;
          if (lineStart === -1 && resumedLine === "open")
            resumedLine = last ? "last" : "chunk";
          if (last) {
            lastLineStart = lineStart === -1 ? start : lineStart;
            this.state = State.TrailerLineStart;
          } else {
            this.remaining = this.size;
            this.state = State.Data;
          }
          this.size = 0;
          this.digits = 0;
          break;
        }
        case State.DataCR:
          if (buffer[i++] !== CR) malformed("a chunk's end");
          this.state = State.DataLF;
          break;
        case State.DataLF:
          if (buffer[i++] !== LF) malformed("a chunk's end");
          this.state = State.Size;
          lineStart = i;
          break;
        case State.TrailerLineStart: {
          const byte = buffer[i++] as number;
          if (byte === CR) this.state = State.LastLF;
          else {
            this.takeMetadata(byte);
            this.state = State.TrailerLine;
          }
          break;
        }
        case State.TrailerLine: {
          const byte = buffer[i++] as number;
          if (byte === CR) this.state = State.TrailerLF;
          else this.takeMetadata(byte);
          break;
        }
        case State.TrailerLF:
          if (buffer[i++] !== LF) malformed("a trailer line");
          this.state = State.TrailerLineStart;
          break;
        case State.LastLF:
          if (buffer[i++] !== LF) malformed("the body's end");
          this.state = State.Done;
          break;
      }
    }
    let forwardEnd = end;
    if (lastSeenBefore) forwardEnd = start;
    else if (lastLineStart !== -1) forwardEnd = lastLineStart;
    else if (inSizeLine(this.state))
      forwardEnd = lineStart === -1 ? start : lineStart;
    return { payload: out - start, forwardEnd, resumedLine, next: i };
  }

  /**
   * After a chunk's data at `i`: when its CRLF and the next size line (a plain, nonzero size) are whole
   * before `end`, takes them and returns where that chunk's data begins; else -1, having taken nothing.
   */
  private nextChunk(buffer: Uint8Array, i: number, end: number): number {
    if (i + 1 >= end || buffer[i] !== CR || buffer[i + 1] !== LF) return -1;
    const first = i + 2;
    let j = first;
    let size = 0;
    let digit: number;
    while (
      j < end &&
      j - first < MAX_SIZE_DIGITS &&
      (digit = hexValue(buffer[j] as number)) >= 0
    ) {
      size = size * 16 + digit;
      j++;
    }
    if (size === 0 || j + 1 >= end || buffer[j] !== CR || buffer[j + 1] !== LF)
      return -1;
    this.remaining = size;
    this.state = State.Data;
    return j + 2;
  }

  /** Extensions and trailers are read past; a control character (a bare LF among them) or an endless line is refused. */
  private takeMetadata(byte: number): void {
    if ((byte < 0x20 && byte !== 0x09) || byte === 0x7f)
      malformed("a control character in chunk metadata");
    if (++this.metadata > MAX_METADATA_BYTES)
      malformed("chunk metadata too long");
  }
}
