/**
 * An HTTP answer as plain data: the app's routes make a Web `Response` of it, and the standalone engine
 * writes it straight to Node's response, never building the Web objects its hot path would pay for.
 */
export interface ApiReply {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array> | null;
}

export function toWebResponse(reply: ApiReply): Response {
  return new Response(reply.body, {
    status: reply.status,
    headers: reply.headers,
  });
}
