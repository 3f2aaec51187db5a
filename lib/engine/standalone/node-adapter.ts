import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiReply } from "@/lib/api/api-reply";
import { webStreamFrom } from "@/lib/web-stream-from-node";
import type { EngineRequest } from "../http/engine-request";

/** Bodies up to this size are read whole before the engine sees them; larger ones stream, so its 413 can stop them early. */
const BUFFERED_BODY_BYTES = 1024 * 1024;

function readWhole(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () =>
      resolve(
        chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks),
      ),
    );
    request.on("error", reject);
  });
}

/** Node's headers, read the way `Headers.get` reads them: by lower-case name, repeated values joined. */
function headerReader(request: IncomingMessage): EngineRequest["headers"] {
  return {
    get(name) {
      const value = request.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/** A node request as the engine reads it: a small body read at once, a large or unsized one streamed. */
export async function toEngineRequest(
  request: IncomingMessage,
  origin: string,
): Promise<EngineRequest> {
  const method = request.method ?? "GET";
  let body: EngineRequest["body"] = null;
  if (method !== "GET" && method !== "HEAD") {
    const length = Number(request.headers["content-length"] ?? NaN);
    body =
      length <= BUFFERED_BODY_BYTES
        ? await readWhole(request)
        : // Cancelled (a 413), the rest is read and dropped, so the client can still read the answer.
          webStreamFrom(request, () => request.resume());
  }
  return {
    method,
    url: new URL(request.url ?? "/", origin),
    headers: headerReader(request),
    body,
  };
}

/** Writes an engine answer to a node response: an event stream chunk by chunk as it is produced, anything else whole. */
export async function sendReply(
  reply: ApiReply,
  response: ServerResponse,
): Promise<void> {
  const { body } = reply;
  if (!(body instanceof ReadableStream)) {
    const bytes = body ?? "";
    response.writeHead(reply.status, {
      ...reply.headers,
      "content-length": String(
        typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.byteLength,
      ),
    });
    response.end(bytes);
    return;
  }
  response.writeHead(reply.status, reply.headers);
  const reader = body.getReader();
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
