import * as z from "zod/mini";

/** A request that failed before any event: an HTTP error envelope or a network failure. */
export interface RequestFailure {
  status: number | null;
  message: string;
  code: string | null;
  type: string | null;
  param: string | null;
}

const envelopeSchema = z.object({
  error: z.object({
    message: z.string(),
    type: z.nullish(z.string()),
    code: z.nullish(z.union([z.string(), z.number()])),
    param: z.nullish(z.string()),
  }),
});

/** Reads the API's `{error:{message,type,param,code}}` from a body's text, or says in words what came back instead. */
function readFailureText(status: number, text: string): RequestFailure {
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: fall through and show the start of what the server sent.
  }
  const parsed = envelopeSchema.safeParse(json);
  if (parsed.success) {
    const { message, type, code, param } = parsed.data.error;
    return {
      status,
      message,
      code: code === null || code === undefined ? null : String(code),
      type: type ?? null,
      param: param ?? null,
    };
  }
  const snippet = text.trim().slice(0, 300);
  return {
    status,
    message: `The server answered HTTP ${status}${snippet ? `: ${snippet}` : " with an empty body."}`,
    code: null,
    type: null,
    param: null,
  };
}

/** Reads a failed fetch Response into a RequestFailure. */
export async function readFailure(
  response: globalThis.Response,
): Promise<RequestFailure> {
  return readFailureText(response.status, await response.text());
}
