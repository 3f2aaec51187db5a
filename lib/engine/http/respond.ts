import type { ApiReply } from "@/lib/api/api-reply";
import { randomHex } from "../ids";
import type { ResponseRun } from "../run/response-run";
import { SseSource, type SseOptions } from "./sse-source";

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

/** Streams a run's events as SSE (see {@link SseSource}). */
export function sseResponse(
  run: ResponseRun | null,
  options: SseOptions = {},
): ApiReply {
  const body = new SseSource(run, options);
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
