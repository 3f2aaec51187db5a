/** Byte helpers of the permalink codec: base64url text and gzip through the platform's compression streams. */

export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  // Chunked, because String.fromCharCode with a huge spread overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary)
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

/** The bytes of unpadded base64url text, or null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

function streamOf(
  bytes: Uint8Array<ArrayBuffer>,
): ReadableStream<BufferSource> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Reads a stream to its end, or stops with "too-large" once it passes `limit` bytes. */
async function readAll(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | "too-large"> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concat(chunks, length);
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      return "too-large";
    }
    chunks.push(value);
  }
}

export async function gzip(
  bytes: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array> {
  const stream = streamOf(bytes).pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Inflates gzip bytes; null when they are not a whole, intact gzip stream (its CRC-32 and length
 * are checked by the platform), "too-large" past `limit` so a small link cannot inflate into gigabytes.
 */
export async function gunzipCapped(
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<Uint8Array | "too-large" | null> {
  try {
    return await readAll(
      streamOf(bytes).pipeThrough(new DecompressionStream("gzip")),
      limit,
    );
  } catch {
    return null;
  }
}
