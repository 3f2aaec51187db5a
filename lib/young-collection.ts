/** V8's collector, as `--expose-gc` puts it on the global object. */
type Collector = (options: { type: "minor" }) => void;

/** How much relayed body one young collection follows: 2 and 8 MB measured worse than 4. */
const RELAYED_BYTES_PER_COLLECTION = 4 * 1024 * 1024;

/**
 * Counts a relayed body's bytes and collects V8's young generation after every `everyBytes`. Each socket read
 * of a proxied stream is a buffer outside V8's heap held by a small young object, and V8 counts those buffers
 * against old space rather than the young generation, so they pile up until a full collection frees them.
 */
export function youngCollector(
  collect: Collector,
  everyBytes: number,
): (chunk: Uint8Array) => void {
  let since = 0;
  return (chunk) => {
    since += chunk.byteLength;
    if (since < everyBytes) return;
    since = 0;
    collect({ type: "minor" });
  };
}

const exposed = (globalThis as { gc?: Collector }).gc;

/** What a proxied body's chunks are counted by, or null where Node runs without `--expose-gc` (`next dev`, tests). */
export const relayedBytesCollector = exposed
  ? youngCollector(exposed, RELAYED_BYTES_PER_COLLECTION)
  : null;
