import type { Readable } from "node:stream";

/**
 * A Node stream as a web stream that hands on each chunk as it is and pauses the source once the reader is
 * 256 KB behind, so backpressure still reaches the socket without a pause and resume per chunk. Unlike
 * `Readable.toWeb`, nothing is enqueued after a cancel: in Node 20 that throws inside the stream's own data
 * handler, an uncaught exception that ends the process.
 */
export function webStreamFrom(
  source: Readable,
  onCancel: () => void,
): ReadableStream<Uint8Array> {
  let open = true;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        source.on("data", (chunk: Buffer) => {
          if (!open) return;
          controller.enqueue(chunk);
          if ((controller.desiredSize ?? 0) <= 0) source.pause();
        });
        source.once("end", () => {
          if (open) controller.close();
          open = false;
        });
        source.on("error", (error) => {
          if (open) controller.error(error);
          open = false;
        });
      },
      pull() {
        source.resume();
      },
      cancel() {
        open = false;
        onCancel();
      },
    },
    { highWaterMark: 256 * 1024, size: (chunk) => chunk.byteLength },
  );
}
