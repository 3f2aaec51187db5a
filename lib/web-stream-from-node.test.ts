import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { webStreamFrom } from "./web-stream-from-node";

describe("webStreamFrom", () => {
  it("hands on every chunk and ends when the source ends", async () => {
    const source = new PassThrough();
    const stream = webStreamFrom(source, () => undefined);
    source.write("ab");
    source.end("cd");
    const text = await new Response(stream).text();
    expect(text).toBe("abcd");
  });

  it("pauses the source while the reader is 256 KB behind", async () => {
    const source = new PassThrough({ highWaterMark: 1 });
    const stream = webStreamFrom(source, () => undefined);
    source.write(Buffer.alloc(300 * 1024));
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.isPaused()).toBe(true);
    const reader = stream.getReader();
    await reader.read();
    expect(source.isPaused()).toBe(false);
  });

  it("calls onCancel and drops whatever the source still sends", async () => {
    const source = new PassThrough();
    let cancelled = 0;
    const stream = webStreamFrom(source, () => {
      cancelled++;
      source.resume();
    });
    await stream.cancel();
    source.write("late");
    source.end();
    await new Promise((resolve) => source.once("end", resolve));
    expect(cancelled).toBe(1);
  });
});
