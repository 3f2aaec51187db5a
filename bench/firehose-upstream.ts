import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A test upstream for the render and proxy benches: `POST /n/{N}/v1/responses` streams one message of
 * N `response.output_text.delta` events ("word " each, the last "END") with the whole lifecycle and
 * sequence numbers, written as fast as the socket takes it.
 */
export interface Firehose {
  /** The base URL (ending in /v1) whose responses stream `deltas` text deltas. */
  baseURL(deltas: number): string;
  close(): Promise<void>;
}

const RESPONSE_ID = "resp_firehose";
const ITEM_ID = "msg_firehose";

function responseObject(status: string, text?: string): object {
  return {
    id: RESPONSE_ID,
    object: "response",
    created_at: 1_764_547_200,
    status,
    error: null,
    incomplete_details: null,
    instructions: null,
    model: "firehose",
    output:
      text === undefined
        ? []
        : [
            {
              id: ITEM_ID,
              type: "message",
              status: "completed",
              role: "assistant",
              content: [
                { type: "output_text", text, annotations: [], logprobs: [] },
              ],
            },
          ],
    parallel_tool_calls: true,
    tool_choice: "auto",
    tools: [],
    store: false,
    usage: null,
  };
}

/** The whole SSE body for N deltas, built once per N. */
export function firehoseBody(deltas: number): Buffer {
  const events: object[] = [];
  const push = (event: Record<string, unknown>) =>
    events.push({ ...event, sequence_number: events.length });
  const words = Array.from({ length: deltas }, (_, i) =>
    i === deltas - 1 ? "END" : "word ",
  );
  const text = words.join("");
  const part = { type: "output_text", text: "", annotations: [], logprobs: [] };
  push({ type: "response.created", response: responseObject("in_progress") });
  push({
    type: "response.in_progress",
    response: responseObject("in_progress"),
  });
  push({
    type: "response.output_item.added",
    output_index: 0,
    item: {
      id: ITEM_ID,
      type: "message",
      status: "in_progress",
      role: "assistant",
      content: [],
    },
  });
  push({
    type: "response.content_part.added",
    item_id: ITEM_ID,
    output_index: 0,
    content_index: 0,
    part,
  });
  for (const delta of words)
    push({
      type: "response.output_text.delta",
      item_id: ITEM_ID,
      output_index: 0,
      content_index: 0,
      delta,
      logprobs: [],
    });
  push({
    type: "response.output_text.done",
    item_id: ITEM_ID,
    output_index: 0,
    content_index: 0,
    text,
    logprobs: [],
  });
  push({
    type: "response.content_part.done",
    item_id: ITEM_ID,
    output_index: 0,
    content_index: 0,
    part: { ...part, text },
  });
  push({
    type: "response.output_item.done",
    output_index: 0,
    item: (responseObject("completed", text) as { output: object[] }).output[0],
  });
  push({
    type: "response.completed",
    response: responseObject("completed", text),
  });
  return Buffer.from(
    events
      .map(
        (event) =>
          `event: ${(event as { type: string }).type}\ndata: ${JSON.stringify(event)}\n\n`,
      )
      .join(""),
  );
}

export async function startFirehose(port = 0): Promise<Firehose> {
  const bodies = new Map<number, Buffer>();
  const bodyFor = (deltas: number) => {
    let body = bodies.get(deltas);
    if (!body) bodies.set(deltas, (body = firehoseBody(deltas)));
    return body;
  };
  const server: Server = createServer((request, response) => {
    const match = /^\/n\/(\d+)\/v1\/responses$/.exec(request.url ?? "");
    request.resume();
    if (request.method !== "POST" || !match) {
      response.writeHead(404, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          error: {
            message: "The firehose serves POST /n/{N}/v1/responses only.",
            type: "invalid_request_error",
            param: null,
            code: null,
          },
        }),
      );
      return;
    }
    request.on("end", () => {
      response.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache",
      });
      response.end(bodyFor(Number(match[1])));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) =>
    server.listen(port, "127.0.0.1", resolve),
  );
  const { port: bound } = server.address() as AddressInfo;
  return {
    baseURL: (deltas) => `http://127.0.0.1:${bound}/n/${deltas}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
