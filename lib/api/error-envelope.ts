/** A request that failed before any event: an HTTP error envelope or a network failure. */
export interface RequestFailure {
  status: number | null;
  message: string;
  code: string | null;
  type: string | null;
  param: string | null;
}

const htmlPage = /^(<!doctype html|<html)/i;
const htmlTitle = /<title[^>]*>([^<]*)<\/title>/i;

/** What a body that is no error envelope says, in a few words: an HTML page (a wrong URL's, a gateway's) by its title. */
function describeBody(status: number, text: string): string {
  if (text === "") return " with an empty body.";
  if (!htmlPage.test(text)) return `: ${text.slice(0, 300)}`;
  const title = htmlTitle.exec(text)?.[1]?.trim();
  const named = title ? ` ("${title}")` : "";
  // A page where the API should be is most often a base URL that points at a website.
  const hint = status === 404 ? ": is the upstream's base URL right?" : ".";
  return ` with an HTML page${named}, not the API's JSON${hint}`;
}

/** Reads the API's `{error:{message,type,param,code}}` from a body's text, or says in words what came back instead. */
async function readFailureText(
  status: number,
  text: string,
): Promise<RequestFailure> {
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: fall through and show the start of what the server sent.
  }
  // zod loads with the first failure, not with the first screen.
  const { envelopeSchema } = await import("./error-envelope-schema");
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
  return {
    status,
    message: `The server answered HTTP ${status}${describeBody(status, text.trim())}`,
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
