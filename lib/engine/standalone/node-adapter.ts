import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";

/** Bodies up to this size are read whole before the engine sees them; larger ones stream, so its 413 can stop them early. */
const BUFFERED_BODY_BYTES = 1024 * 1024;

function requestHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = request.rawHeaders;
  for (let i = 0; i < raw.length; i += 2)
    headers.append(raw[i] as string, raw[i + 1] as string);
  return headers;
}

function readWhole(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const whole =
        chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
      // A view of the same bytes, typed as the BodyInit that Request takes.
      resolve(
        new Uint8Array(
          whole.buffer as ArrayBuffer,
          whole.byteOffset,
          whole.byteLength,
        ),
      );
    });
    request.on("error", reject);
  });
}

/** A node request as a Web `Request`; a small body is read at once, a large or unsized one is streamed. */
export async function toWebRequest(
  request: IncomingMessage,
  origin: string,
): Promise<Request> {
  const method = request.method ?? "GET";
  const init: RequestInit & { duplex?: "half" } = {
    method,
    headers: requestHeaders(request),
  };
  if (method !== "GET" && method !== "HEAD") {
    const length = Number(request.headers["content-length"] ?? NaN);
    if (length <= BUFFERED_BODY_BYTES) init.body = await readWhole(request);
    else {
      init.body = Readable.toWeb(request) as ReadableStream<Uint8Array>;
      init.duplex = "half";
    }
  }
  return new Request(origin + (request.url ?? "/"), init);
}

function writeHead(response: ServerResponse, web: Response, length?: number) {
  const headers: Record<string, string | string[]> = {};
  web.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = web.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  if (length !== undefined) headers["content-length"] = String(length);
  response.writeHead(web.status, headers);
}

/** Writes a Web `Response` to a node response: an event stream chunk by chunk as it is produced, anything else whole. */
export async function sendWebResponse(
  web: Response,
  response: ServerResponse,
): Promise<void> {
  const streaming =
    web.body !== null &&
    (web.headers.get("content-type") ?? "").startsWith("text/event-stream");
  if (!streaming) {
    const body = web.body ? Buffer.from(await web.arrayBuffer()) : null;
    writeHead(response, web, body?.byteLength ?? 0);
    response.end(body);
    return;
  }
  writeHead(response, web);
  const reader = (web.body as ReadableStream<Uint8Array>).getReader();
  // A client that leaves mid-stream cancels the body, which stops the engine's run.
  const onClose = () => void reader.cancel().catch(() => undefined);
  response.once("close", onClose);
  // Chunks produced in one turn of the event loop go out in one write.
  let flush: NodeJS.Immediate | null = null;
  const uncork = () => {
    flush = null;
    response.uncork();
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || response.destroyed) break;
      if (!flush) {
        response.cork();
        flush = setImmediate(uncork);
      }
      if (!response.write(value)) await drained(response);
    }
  } finally {
    response.off("close", onClose);
    if (flush) {
      clearImmediate(flush);
      uncork();
    }
    response.end();
  }
}

/** Resolves when the response can take more data, or when its connection is gone. */
function drained(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off("drain", done);
      response.off("close", done);
      resolve();
    };
    response.on("drain", done);
    response.on("close", done);
  });
}
