import type { ApiReply } from "@/lib/api/api-reply";
import { randomHex } from "../ids";
import type { RunFrame, ResponseRun } from "../run/response-run";
import type { StoredEvent } from "../store/engine-store";

export function newRequestId(): string {
  return `req_${randomHex(16)}`;
}

export function json(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): ApiReply {
  return rawJson(JSON.stringify(body), status, headers);
}

/** A JSON answer whose text is already serialized. */
export function rawJson(
  text: string,
  status = 200,
  headers: Record<string, string> = {},
): ApiReply {
  return {
    status,
    headers: { "content-type": "application/json", ...headers },
    body: text,
  };
}

const encoder = new TextEncoder();
const done = "data: [DONE]\n\n";

function frameText(type: string, json: string): string {
  return `event: ${type}\ndata: ${json}\n\n`;
}

export interface SseOptions {
  /** Stored events to send first (a re-attaching client), already serialized. */
  replay?: readonly StoredEvent[];
  /** Only live events after this sequence number are sent (the replay covers the rest). */
  after?: number;
  /** Called when the client goes away before the run ends. */
  onDisconnect?: () => void;
}

/** Streams a run's events as SSE: `event:` equal to `type`, one-line JSON, a final `data: [DONE]`. */
export function sseResponse(
  run: ResponseRun | null,
  options: SseOptions = {},
): ApiReply {
  let unsubscribe: () => void = () => undefined;
  // Frames of one event-loop turn go out as one chunk: a run at full speed is one write, a paced one a write per tick.
  let pending = "";
  let flushTimer: NodeJS.Immediate | null = null;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const flush = () => {
        if (flushTimer) clearImmediate(flushTimer);
        flushTimer = null;
        if (pending) controller.enqueue(encoder.encode(pending));
        pending = "";
      };
      const push = (text: string) => {
        pending += text;
        flushTimer ??= setImmediate(flush);
      };
      for (const event of options.replay ?? [])
        push(frameText(event.type, event.json));
      const after = options.after ?? -1;
      const onFrame = (frame: RunFrame) => {
        if ("end" in frame) {
          pending += done;
          flush();
          controller.close();
        } else if (frame.sequence > after) {
          push(frameText(frame.type, frame.json));
        }
      };
      if (run) unsubscribe = run.subscribe(onFrame);
      else onFrame({ end: true });
    },
    cancel() {
      if (flushTimer) clearImmediate(flushTimer);
      flushTimer = null;
      pending = "";
      unsubscribe();
      options.onDisconnect?.();
    },
  });
  return {
    status: 200,
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
    },
    body,
  };
}
