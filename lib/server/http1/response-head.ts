import { UpstreamProtocolError } from "./chunked-framing";

/** How an answer's body ends (RFC 9112 §6.3). */
export type BodyFraming =
  | { kind: "none" }
  | { kind: "chunked" }
  | { kind: "length"; length: number }
  | { kind: "close" };

export interface ResponseHead {
  status: number;
  /** Lower-case names; a repeated field as a list, as Node's own clients give them. */
  headers: Record<string, string | string[]>;
  body: BodyFraming;
  /** Whether the connection can carry another request once this body is read. */
  reusable: boolean;
}

/** The most a response head may take, as Node's own parser allows by default. */
export const MAX_HEAD_BYTES = 16 * 1024;

const STATUS_LINE =
  /^HTTP\/1\.([01]) ([1-9]\d\d)(?: [\t\x20-\x7e\x80-\xff]*)?$/;
const FIELD_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

function fields(lines: readonly string[]): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1).trim();
    // A folded line (obs-fold) or a name with whitespace is refused, as strict parsers do.
    if (colon < 1 || !FIELD_NAME.test(name) || !FIELD_VALUE.test(value))
      throw new UpstreamProtocolError("a malformed header field");
    const key = name.toLowerCase();
    const seen = headers[key];
    headers[key] =
      seen === undefined
        ? value
        : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return headers;
}

function listOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((entry) => entry.split(","))
    .map((entry) => entry.trim().toLowerCase());
}

/** The body's framing; a message whose length could be read two ways is refused, never guessed. */
function framing(
  status: number,
  method: string,
  headers: Record<string, string | string[]>,
): BodyFraming {
  if (method === "HEAD" || status < 200 || status === 204 || status === 304)
    return { kind: "none" };
  const codings = listOf(headers["transfer-encoding"]);
  const lengths = listOf(headers["content-length"]);
  if (codings.length > 0) {
    if (lengths.length > 0)
      throw new UpstreamProtocolError(
        "both Transfer-Encoding and Content-Length",
      );
    return codings.at(-1) === "chunked"
      ? { kind: "chunked" }
      : { kind: "close" };
  }
  if (lengths.length === 0) return { kind: "close" };
  const [length] = lengths;
  if (
    !lengths.every((entry) => entry === length) ||
    !/^\d{1,15}$/.test(length ?? "")
  )
    throw new UpstreamProtocolError("an invalid Content-Length");
  return { kind: "length", length: Number(length) };
}

/** Parses a response head (its bytes before the blank line, read as latin1) for a request made with `method`. */
export function parseResponseHead(text: string, method: string): ResponseHead {
  const [statusLine = "", ...lines] = text.split("\r\n");
  const match = STATUS_LINE.exec(statusLine);
  if (!match) throw new UpstreamProtocolError("a malformed status line");
  const status = Number(match[2]);
  const headers = fields(lines);
  const body = framing(status, method, headers);
  const reusable =
    match[1] === "1" &&
    body.kind !== "close" &&
    !listOf(headers.connection).includes("close");
  return { status, headers, body, reusable };
}
