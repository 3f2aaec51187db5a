import { createParser } from "eventsource-parser";

/** One dispatched server-sent event, as framed on the wire. */
export interface SseMessage {
  /** The `event:` field, or null when the server sent none. */
  event: string | null;
  /** The `data:` lines joined with "\n". */
  data: string;
  /** The `id:` field, or null (the Responses API sends none). */
  id: string | null;
}

export interface ReadSseOptions {
  /** Called for every event except the `data: [DONE]` sentinel. */
  onEvent: (message: SseMessage) => void;
  /** Called once when the `data: [DONE]` sentinel arrives. */
  onDone?: () => void;
  /** Called for comment lines (`: ping`), which carry no event. */
  onComment?: (comment: string) => void;
  /** Stops reading (and cancels the body) when aborted. */
  signal?: AbortSignal;
  /**
   * Awaited after each slice of at most `SLICE_BYTES` when it returns a promise, so a caller can hand the
   * thread back (e.g. to let a frame render) while a fast body's chunks are already queued and `read()`
   * never waits.
   */
  afterSlice?: () => Promise<void> | undefined;
}

export interface ReadSseResult {
  /** Whether the stream sent `data: [DONE]`. */
  sawDone: boolean;
}

/** A body read while the thread was busy arrives in chunks of megabytes; parsing one whole would be one long task. */
export const SLICE_BYTES = 64 * 1024;

export function isDoneSentinel(data: string): boolean {
  return data.trim() === "[DONE]";
}

/** Reads a fetch body as SSE until it ends; multibyte characters split across chunks decode intact. */
export async function readSse(
  body: ReadableStream<Uint8Array>,
  options: ReadSseOptions,
): Promise<ReadSseResult> {
  const { onEvent, onDone, onComment, signal, afterSlice } = options;
  let sawDone = false;
  const parser = createParser({
    onEvent(message) {
      if (isDoneSentinel(message.data)) {
        sawDone = true;
        onDone?.();
        return;
      }
      onEvent({
        event: message.event ?? null,
        data: message.data,
        id: message.id ?? null,
      });
    },
    onComment,
  });
  const decoder = new TextDecoder("utf-8");
  const reader = body.getReader();
  const abort = (): void => {
    reader.cancel(signal?.reason).catch(() => undefined);
  };
  signal?.addEventListener("abort", abort, { once: true });
  try {
    signal?.throwIfAborted();
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      for (let start = 0; start < value.length; start += SLICE_BYTES) {
        const slice = value.subarray(start, start + SLICE_BYTES);
        parser.feed(decoder.decode(slice, { stream: true }));
        const paused = afterSlice?.();
        if (paused) {
          await paused;
          signal?.throwIfAborted();
        }
      }
    }
    // A server that ends without the final blank line still gets its last event dispatched.
    parser.feed(`${decoder.decode()}\n\n`);
  } finally {
    signal?.removeEventListener("abort", abort);
    reader.releaseLock();
  }
  return { sawDone };
}
