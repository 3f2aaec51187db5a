import { describe, expect, it } from "vitest";
import { ChunkedFraming, UpstreamProtocolError } from "./chunked-framing";

/** A chunked body of `payloads`, with an extension on every other size line and a trailer after the last. */
function chunkedBody(payloads: readonly string[]): Buffer {
  const parts = payloads.map(
    (payload, index) =>
      `${Buffer.byteLength(payload).toString(16)[index % 3 === 0 ? "toUpperCase" : "toLowerCase"]()}${index % 2 ? ";name=value" : ""}\r\n${payload}\r\n`,
  );
  return Buffer.from(`${parts.join("")}0\r\nx-trailer: yes\r\n\r\n`);
}

/** A pseudo-random sequence, so a failing split can be replayed. */
function splits(seed: number, length: number): number[] {
  const cuts: number[] = [];
  let state = seed;
  for (let at = 0; at < length;) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    at += 1 + (state % 23);
    cuts.push(Math.min(at, length));
  }
  return cuts;
}

const payloads = Array.from(
  { length: 40 },
  (_, index) =>
    `event: delta\ndata: {"n":${index},"delta":"${"word ".repeat(index % 7)}"}\n\n`,
);
const body = chunkedBody(payloads);
const lastChunkAt = body.indexOf("0\r\nx-trailer");

/** Feeds `body` in reads cut at `cuts`, each into a scratch buffer the way a connection reads, with `decode`. */
function readAll(cuts: readonly number[], decode: boolean) {
  const framing = new ChunkedFraming();
  const decoded: Buffer[] = [];
  const relayed: Buffer[] = [];
  let carry = Buffer.alloc(0);
  let from = 0;
  for (const cut of cuts) {
    const read = Buffer.from(body.subarray(from, cut));
    from = cut;
    const scan = framing.scan(read, 0, read.length, decode);
    decoded.push(Buffer.from(read.subarray(0, scan.payload)));
    // What UpstreamBody does with the scan: an open size line is carried until it proves not to be the last.
    if (scan.resumedLine === "open") {
      carry = Buffer.concat([carry, read]);
      continue;
    }
    if (scan.resumedLine === "chunk") relayed.push(carry);
    carry = Buffer.alloc(0);
    relayed.push(read.subarray(0, scan.forwardEnd));
    if (!framing.done) carry = Buffer.from(read.subarray(scan.forwardEnd));
    else expect(scan.next).toBe(read.length);
  }
  return {
    done: framing.done,
    decoded: Buffer.concat(decoded).toString(),
    relayed: Buffer.concat(relayed),
  };
}

describe("ChunkedFraming", () => {
  it("decodes a body in place however its reads are cut", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const result = readAll(splits(seed, body.length), true);
      expect(result.done).toBe(true);
      expect(result.decoded).toBe(payloads.join(""));
    }
  });

  it("decodes a body read a byte at a time, and one read whole", () => {
    const bytes = Array.from({ length: body.length }, (_, index) => index + 1);
    expect(readAll(bytes, true).decoded).toBe(payloads.join(""));
    expect(readAll([body.length], true).decoded).toBe(payloads.join(""));
  });

  it("tells a relay every byte of the chunks but the last, framing and all, however the reads are cut", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const result = readAll(splits(seed, body.length), false);
      expect(result.done).toBe(true);
      expect(result.relayed.toString()).toBe(
        body.subarray(0, lastChunkAt).toString(),
      );
    }
    const bytes = Array.from({ length: body.length }, (_, index) => index + 1);
    expect(readAll(bytes, false).relayed.toString()).toBe(
      body.subarray(0, lastChunkAt).toString(),
    );
  });

  it("says where the body ends when more bytes follow it", () => {
    const framing = new ChunkedFraming();
    const read = Buffer.concat([body, Buffer.from("HTTP/1.1 200 OK\r\n")]);
    const scan = framing.scan(read, 0, read.length, false);
    expect(framing.done).toBe(true);
    expect(scan.next).toBe(body.length);
  });

  it.each([
    ["a size that is not hex", "zz\r\nab\r\n0\r\n\r\n"],
    ["a size line with no digits", "\r\nab\r\n0\r\n\r\n"],
    ["a size line ended by a bare LF", "2\nab\r\n0\r\n\r\n"],
    ["a chunk longer than its size", "2\r\nabc\r\n0\r\n\r\n"],
    ["a chunk not ended by CRLF", "2\r\nab\n0\r\n\r\n"],
    ["a size of more than ten hex digits", "10000000000\r\n"],
    ["a trailer line ended by a bare LF", "0\r\nx: y\n\r\n"],
    ["an endless extension", `1;${"x".repeat(17_000)}\r\n`],
    ["a control character in an extension", "1;a\u0000b\r\nx\r\n0\r\n\r\n"],
  ])("refuses %s", (_, text) => {
    const read = Buffer.from(text);
    expect(() => new ChunkedFraming().scan(read, 0, read.length, true)).toThrow(
      UpstreamProtocolError,
    );
  });
});
