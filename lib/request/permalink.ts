import {
  DRAFT_VERSION,
  draftSchema,
  parseDraft,
  type Draft,
} from "./draft-schema";

/**
 * Permalink payloads are base64url of the draft's UTF-8 JSON: synchronous and dependency-free
 * (CompressionStream is async and no compressor is installed); a version prefix leaves room to change it.
 */
const PREFIX = "v1.";

// Far above any real draft, low enough that a hostile link cannot make the tab decode megabytes.
const MAX_PAYLOAD_LENGTH = 2_000_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  // Chunked, because String.fromCharCode with a huge spread overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary)
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The URL fragment payload for `draft`; only schema fields are kept, so stray state (or secrets) never leaks in. */
export function encodePermalink(draft: Draft): string {
  const clean = draftSchema.parse(draft);
  return PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(clean)));
}

function readJson(payload: string): { value: unknown } | { error: string } {
  const bytes = fromBase64Url(payload.slice(PREFIX.length));
  if (bytes === null) return { error: "The link is damaged (not base64url)" };
  let json: string;
  try {
    json = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { error: "The link is damaged (not UTF-8)" };
  }
  try {
    return { value: JSON.parse(json) as unknown };
  } catch {
    return { error: "The link is damaged (not JSON)" };
  }
}

/** Reads a payload from `encodePermalink` (a leading "#" is fine); never throws. */
export function decodePermalink(
  fragment: string,
): { draft: Draft } | { error: string } {
  const payload = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (payload.length > MAX_PAYLOAD_LENGTH)
    return { error: "The link is too long" };
  if (!payload.startsWith(PREFIX))
    return { error: "Not a playground permalink" };
  const read = readJson(payload);
  if ("error" in read) return read;
  const { value } = read;
  if (
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    !("version" in value)
  ) {
    return { error: "Not a playground draft" };
  }
  if (typeof value.version !== "number" || value.version > DRAFT_VERSION) {
    return { error: "This link was made by a newer version of the playground" };
  }
  // Field-level fallbacks keep a link made by an older version opening with whatever still fits.
  return { draft: parseDraft(value) };
}
