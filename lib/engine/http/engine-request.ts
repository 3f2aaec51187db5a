/**
 * What the engine reads of a request. The app's routes and tests hand it a Web `Request`; the standalone
 * server hands it Node's request with a small body already read whole, so no Web objects are built.
 */
export interface EngineRequest {
  method: string;
  url: URL;
  headers: { get(name: string): string | null };
  /** The whole body when the server already read it, a stream when it is large or unsized, null when there is none. */
  body: Uint8Array | ReadableStream<Uint8Array> | null;
}

export function fromWebRequest(request: Request): EngineRequest {
  return {
    method: request.method,
    url: new URL(request.url),
    headers: request.headers,
    body: request.body,
  };
}

/**
 * The body's bytes, refused with `tooLarge()` once they pass `cap`: by the declared length before reading,
 * and while a stream is read, so an oversized upload stops early rather than after buffering it all.
 */
export async function readBodyCapped(
  request: EngineRequest,
  cap: number,
  tooLarge: () => Error,
): Promise<Uint8Array> {
  const { body } = request;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > cap) {
    if (body instanceof ReadableStream)
      await body.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (body === null) return new Uint8Array(0);
  if (!(body instanceof ReadableStream)) {
    if (body.byteLength > cap) throw tooLarge();
    return body;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return chunks.length === 1
    ? (chunks[0] as Uint8Array)
    : Buffer.concat(chunks);
}
