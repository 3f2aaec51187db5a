import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable, pipeline } from "node:stream";
import { ApiError } from "@/lib/api/api-error";
import type { ApiReply } from "@/lib/api/api-reply";
import { isTextSource, type TextSource } from "@/lib/api/text-source";
import { webStreamFrom } from "@/lib/web-stream-from-node";
import { relayedBytesCollector } from "@/lib/young-collection";
import type { EngineRequest } from "./engine-request";

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

/** An answer for Node's response: the engine's plain reply, or a body some other Node stream carries (a proxied upstream's). */
export interface NodeReply extends Omit<ApiReply, "body"> {
  body: ApiReply["body"] | Readable;
}

/** Writes an answer to a node response: an event stream's text as it is produced, a Node stream piped, anything else whole. */
export function sendReply(reply: NodeReply, response: ServerResponse): void {
  const { body } = reply;
  if (body instanceof Readable) {
    response.writeHead(reply.status, reply.headers);
    // A client that leaves destroys the source (a proxied upstream's request); there is no one left to tell.
    pipeline(body, response, () => undefined);
    // Proxied chunks are buffers outside V8's heap that a young collection frees (young-collection.ts); listening
    // after the pipe is set up, so every chunk still goes to the response.
    if (relayedBytesCollector) body.on("data", relayedBytesCollector);
    return;
  }
  if (isTextSource(body)) {
    response.writeHead(reply.status, reply.headers);
    sendTextStream(body, response);
    return;
  }
  const bytes = body ?? "";
  response.writeHead(reply.status, {
    ...reply.headers,
    "content-length": String(
      typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.byteLength,
    ),
  });
  response.end(bytes);
}

/** Strings go straight to the response; a full socket holds the producer back until it drains, and a client that leaves cancels it (which stops the engine's run). */
function sendTextStream(source: TextSource, response: ServerResponse): void {
  let ended = false;
  const controls = source.open({
    write: (text) => response.write(text),
    end: (text) => {
      ended = true;
      response.end(text);
    },
  });
  if (ended) return;
  const onDrain = () => controls.resume();
  response.on("drain", onDrain);
  response.once("close", () => {
    response.off("drain", onDrain);
    if (!ended) controls.cancel();
  });
  if (response.destroyed) controls.cancel();
}

const unreadable = JSON.stringify(
  new ApiError(400, "The server could not read your request.").toBody(),
);

/** Reads a node request, has `serve` answer it and `send` write the answer; a request that cannot be read gets a 400 envelope. */
export function serveNodeRequest(
  request: IncomingMessage,
  response: ServerResponse,
  origin: string,
  serve: (request: EngineRequest) => Promise<NodeReply>,
  send: (reply: NodeReply, response: ServerResponse) => void = sendReply,
): void {
  toEngineRequest(request, origin)
    .then(serve)
    .then((reply) => send(reply, response))
    .catch(() => {
      if (response.headersSent) response.destroy();
      else {
        response.writeHead(400, { "content-type": "application/json" });
        response.end(unreadable);
      }
    });
}
