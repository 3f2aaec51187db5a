import type { IncomingMessage } from "node:http";
import { SIGN_IN_PATH } from "@/lib/api/access-paths";

/** A sign-in form holds a token and a path; anything longer is not one. */
const MAX_FORM_BYTES = 8 * 1024;

/** The token an `Authorization: Bearer` header carries, if any. */
export function bearerToken(request: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(
    request.headers.authorization ?? "",
  );
  return match?.[1];
}

/** One cookie's value from the `Cookie` header, if the request has it. */
export function cookieValue(
  request: IncomingMessage,
  name: string,
): string | undefined {
  for (const pair of (request.headers.cookie ?? "").split(";")) {
    const separator = pair.indexOf("=");
    if (separator !== -1 && pair.slice(0, separator).trim() === name)
      return pair.slice(separator + 1).trim();
  }
  return undefined;
}

/** A path on this server to return to after signing in; anything else (another host, `//host`) returns to `/`. */
export function safeReturnPath(value: string | null | undefined): string {
  if (
    !value ||
    value.length > 2048 ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\") ||
    /[\r\n\0]/.test(value) ||
    value.startsWith(SIGN_IN_PATH)
  )
    return "/";
  return value;
}

/** Pages go to the sign-in form; API calls, and anything that is not a page load, get the API's 401 envelope. */
export function wantsPage(request: IncomingMessage, path: string): boolean {
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    !path.startsWith("/v1/") &&
    !path.startsWith("/api/") &&
    (request.headers.accept ?? "").includes("text/html")
  );
}

/** A sign-in form's fields, or null when the body is too large to be one. */
export function readForm(
  request: IncomingMessage,
): Promise<URLSearchParams | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_FORM_BYTES) chunks.push(chunk);
    });
    request.on("end", () =>
      resolve(
        size > MAX_FORM_BYTES
          ? null
          : new URLSearchParams(Buffer.concat(chunks).toString("utf8")),
      ),
    );
    request.on("error", reject);
  });
}
