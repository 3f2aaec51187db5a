import { describe, expect, it } from "vitest";
import { readSse, SLICE_BYTES, type SseMessage } from "./parse-sse";
import { byteStream, chunkBytes, splitBytes } from "./testing/streams";

async function collect(chunks: Uint8Array[]): Promise<{
  events: SseMessage[];
  comments: string[];
  done: number;
  sawDone: boolean;
}> {
  const events: SseMessage[] = [];
  const comments: string[] = [];
  let done = 0;
  const result = await readSse(byteStream(chunks), {
    onEvent: (event) => events.push(event),
    onComment: (comment) => comments.push(comment),
    onDone: () => {
      done += 1;
    },
  });
  return { events, comments, done, sawDone: result.sawDone };
}

const wire =
  'event: response.created\ndata: {"type":"response.created","n":1}\n\n' +
  ": ping\n\n" +
  'event: response.output_text.delta\ndata: {"delta":"caf\u00e9 \ud83d\ude00 \u4e2d\u6587"}\n\n' +
  "data: line one\ndata: line two\n\n" +
  "data: [DONE]\n\n";

describe("readSse", () => {
  it("parses events, comments, multi-line data and [DONE] at every chunk size", async () => {
    for (const size of [1, 2, 3, 5, 7, 64, 4096]) {
      const { events, comments, done, sawDone } = await collect(
        chunkBytes(wire, size),
      );
      expect(events).toEqual([
        {
          event: "response.created",
          data: '{"type":"response.created","n":1}',
          id: null,
        },
        {
          event: "response.output_text.delta",
          data: '{"delta":"café 😀 中文"}',
          id: null,
        },
        { event: null, data: "line one\nline two", id: null },
      ]);
      expect(comments).toEqual(["ping"]);
      expect(done).toBe(1);
      expect(sawDone).toBe(true);
    }
  });

  it("decodes a multibyte character split between chunks", async () => {
    const text = 'data: {"delta":"é😀"}\n\n';
    const bytes = new TextEncoder().encode(text);
    const emojiStart = bytes.indexOf(0xf0);
    const eStart = bytes.indexOf(0xc3);
    const { events } = await collect(
      splitBytes(text, [eStart + 1, emojiStart + 1, emojiStart + 3]),
    );
    expect(events.map((e) => e.data)).toEqual(['{"delta":"é😀"}']);
  });

  it("accepts CRLF and CR line endings, split between chunks", async () => {
    const crlf = "event: a\r\ndata: 1\r\n\r\nevent: b\rdata: 2\r\r";
    const { events } = await collect(splitBytes(crlf, [9, 10, 19, 20]));
    expect(events).toEqual([
      { event: "a", data: "1", id: null },
      { event: "b", data: "2", id: null },
    ]);
  });

  it("dispatches a last event that lacks its blank line, and reports no [DONE] when none came", async () => {
    const { events, sawDone } = await collect(chunkBytes('data: {"x":1}', 4));
    expect(events).toEqual([{ event: null, data: '{"x":1}', id: null }]);
    expect(sawDone).toBe(false);
  });

  it("keeps the id field", async () => {
    const { events } = await collect(chunkBytes("id: 7\ndata: x\n\n", 3));
    expect(events).toEqual([{ event: null, data: "x", id: "7" }]);
  });

  it("hands the thread back within one large chunk, slice by slice, without cutting characters", async () => {
    // 25-byte events: the first slice boundary (65,536 = 2,621 × 25 + 11) cuts the two-byte "é" in half.
    const event = "data: abcdé01234567890\n\n";
    const count =
      Math.ceil((3 * SLICE_BYTES) / new TextEncoder().encode(event).length) + 1;
    const chunk = new TextEncoder().encode(event.repeat(count));
    const seenAtPause: number[] = [];
    const events: SseMessage[] = [];
    await readSse(byteStream([chunk]), {
      onEvent: (message) => events.push(message),
      afterSlice: () => {
        seenAtPause.push(events.length);
        return Promise.resolve();
      },
    });
    expect(new TextEncoder().encode(event)).toHaveLength(25);
    expect(seenAtPause.length).toBe(Math.ceil(chunk.length / SLICE_BYTES));
    expect(seenAtPause[0]).toBeLessThan(count / 3);
    expect(events).toHaveLength(count);
    expect(new Set(events.map((e) => e.data))).toEqual(
      new Set(["abcdé01234567890"]),
    );
  });

  it("stops and rejects when the signal aborts", async () => {
    const controller = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("data: first\n\n"));
      },
    });
    const seen: string[] = [];
    const reading = readSse(body, {
      onEvent: (event) => {
        seen.push(event.data);
        controller.abort();
      },
      signal: controller.signal,
    });
    await expect(reading).rejects.toThrow();
    expect(seen).toEqual(["first"]);
  });
});
