import { isTextSource, webStreamOf, type TextSource } from "./text-source";

/**
 * An HTTP answer as plain data: the app's routes make a Web `Response` of it, and the standalone engine
 * writes it straight to Node's response, never building the Web objects its hot path would pay for.
 */
export interface ApiReply {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array<ArrayBuffer> | TextSource | null;
}

export function toWebResponse(reply: ApiReply): Response {
  const { body } = reply;
  return new Response(isTextSource(body) ? webStreamOf(body) : body, {
    status: reply.status,
    headers: reply.headers,
  });
}
