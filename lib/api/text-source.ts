/** Where a pushed text stream goes: `write` returns false when the reader is behind, `end` takes the last text. */
export interface TextSink {
  write(text: string): boolean;
  end(text: string): void;
}

/** What the reader of a stream tells its producer: it can take more again, or it left. */
export interface TextStreamControls {
  resume(): void;
  cancel(): void;
}

/**
 * A text stream its producer pushes (the engine's SSE): the standalone server writes the strings straight
 * to Node's response, the app's routes read them as a Web stream of bytes.
 */
export interface TextSource {
  open(sink: TextSink): TextStreamControls;
}

export function isTextSource(body: unknown): body is TextSource {
  return typeof body === "object" && body !== null && "open" in body;
}

const encoder = new TextEncoder();

/** A text source as a Web stream of UTF-8 bytes; the producer holds its text back while the stream's queue is full. */
export function webStreamOf(source: TextSource): ReadableStream<Uint8Array> {
  let controls: TextStreamControls | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controls = source.open({
        write(text) {
          controller.enqueue(encoder.encode(text));
          return (controller.desiredSize ?? 0) > 0;
        },
        end(text) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
        },
      });
    },
    pull() {
      controls?.resume();
    },
    cancel() {
      controls?.cancel();
    },
  });
}
