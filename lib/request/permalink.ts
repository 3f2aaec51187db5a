import { isRecord } from "@/lib/protocol/json";
import { DRAFT_VERSION, type Draft } from "./draft";
import { draftSchema, parseDraft } from "./draft-schema";
import {
  omitLargeAttachments,
  type OmittedAttachment,
} from "./permalink-attachments";
import {
  fromBase64Url,
  gunzipCapped,
  gzip,
  toBase64Url,
} from "./permalink-bytes";

export type { OmittedAttachment } from "./permalink-attachments";

/**
 * A permalink is `v2.` + base64url of [4-byte big-endian length][gzip of the JSON payload], put in
 * the URL fragment so the prompt never reaches a server. gzip (not deflate-raw) because its CRC-32
 * catches altered bytes and every supported Node and browser has it; the length tells a cut-off link
 * apart from an altered one.
 */
export const LINK_VERSION = 2;
const PREFIX = `v${LINK_VERSION}.`;
const LENGTH_BYTES = 4;

// Far above any real draft, low enough that a hostile link cannot make the tab decode megabytes.
const MAX_LINK_LENGTH = 2_000_000;
const MAX_JSON_BYTES = 8 * 1024 * 1024;

/** What a permalink carries: the draft, which attachments were too large to come along, and the stored response it chains to. */
interface Payload {
  draft: Draft;
  omitted: OmittedAttachment[];
  continueFrom?: string;
}

// A response id as servers mint them (resp_…): a link cannot smuggle a path or a query through it.
const RESPONSE_ID = /^[\w-]{1,200}$/;

export type PermalinkProblem =
  | "not-a-link"
  | "newer-version"
  | "older-version"
  | "too-long"
  | "malformed"
  | "truncated"
  | "tampered"
  | "not-json"
  | "not-a-draft";

export type DecodedPermalink =
  | {
      ok: true;
      draft: Draft;
      omitted: OmittedAttachment[];
      /** The stored response the shared thread's next Send continues from, if it continued from one. */
      continueFrom: string | null;
    }
  | { ok: false; problem: PermalinkProblem; message: string };

export interface EncodedPermalink {
  /** The URL fragment, without "#". */
  fragment: string;
  omitted: OmittedAttachment[];
}

/**
 * The URL fragment for `draft`, chained to `continueFrom` when the thread continues from a stored response:
 * only schema fields are kept, so stray state (or a secret) never leaks in.
 */
export async function encodePermalink(
  draft: Draft,
  continueFrom: string | null = null,
): Promise<EncodedPermalink> {
  const { draft: small, omitted } = omitLargeAttachments(draft);
  const payload: Payload = {
    draft: draftSchema.parse(small),
    omitted,
    ...(continueFrom === null ? {} : { continueFrom }),
  };
  const compressed = await gzip(
    new TextEncoder().encode(JSON.stringify(payload)),
  );
  const framed = new Uint8Array(LENGTH_BYTES + compressed.length);
  new DataView(framed.buffer).setUint32(0, compressed.length);
  framed.set(compressed, LENGTH_BYTES);
  return { fragment: PREFIX + toBase64Url(framed), omitted };
}

/** Above this many bytes a link may be cut off by chat apps, mail clients and proxies, so the share dialog warns. */
export const SHARE_LINK_WARN_BYTES = 8 * 1024;

/** Whether `url` is long enough to warn about; links are ASCII, so characters are bytes. */
export function isLongLink(url: string): boolean {
  return url.length > SHARE_LINK_WARN_BYTES;
}

/** The whole shareable URL: `base` (origin and path of the playground) with the permalink as its fragment. */
export function permalinkUrl(base: string, fragment: string): string {
  return `${base.split("#")[0] ?? base}#${fragment}`;
}

function failure(problem: PermalinkProblem, message: string): DecodedPermalink {
  return { ok: false, problem, message };
}

/** Checks the `vN.` prefix; returns the base64url body, or why the text is not a link this version reads. */
function readPrefix(text: string): string | DecodedPermalink {
  const version = /^v(\d{1,6})\./.exec(text);
  if (!version)
    return failure(
      "not-a-link",
      `This is not a playground link: the part after "#" should start with "${PREFIX}".`,
    );
  const number = Number(version[1]);
  if (number > LINK_VERSION)
    return failure(
      "newer-version",
      `This link was made by a newer version of the playground (link format v${number}; this one reads v${LINK_VERSION}). Open it in an up-to-date playground.`,
    );
  if (number < LINK_VERSION)
    return failure(
      "older-version",
      `This link uses the old format v${number}, which this playground no longer reads.`,
    );
  return text.slice(version[0].length);
}

/** Undoes the framing and compression; returns the JSON text, or why the bytes are not a whole link. */
async function readBody(body: string): Promise<string | DecodedPermalink> {
  // An encoder never writes a length of 4n+1 characters, so such a body was cut off mid-character.
  const bytes = fromBase64Url(body.length % 4 === 1 ? body.slice(0, -1) : body);
  if (bytes === null)
    return failure(
      "malformed",
      "The link is malformed: it contains characters that are not base64url (letters, digits, - and _).",
    );
  const truncated = failure(
    "truncated",
    "The link is truncated: it was cut off before its end. Copy the whole link again.",
  );
  const tampered = failure(
    "tampered",
    "The link is damaged: some of its characters were changed, so its checksum does not match.",
  );
  if (bytes.length < LENGTH_BYTES) return truncated;
  const declared = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  const compressed = bytes.subarray(LENGTH_BYTES);
  if (compressed.length < declared) return truncated;
  if (compressed.length > declared) return tampered;
  const json = await gunzipCapped(compressed, MAX_JSON_BYTES);
  if (json === "too-large")
    return failure("too-long", "The link expands to too much data to open.");
  if (json === null) return tampered;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(json);
  } catch {
    return tampered;
  }
}

/** Validates the decoded JSON as a payload: a draft of this version or older, and the omitted list. */
function readPayload(json: string): DecodedPermalink {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return failure("not-json", "The link's content is not JSON.");
  }
  if (!isRecord(value) || !isRecord(value.draft))
    return failure(
      "not-a-draft",
      "The link's content is not a playground request.",
    );
  const { version } = value.draft;
  if (typeof version === "number" && version > DRAFT_VERSION)
    return failure(
      "newer-version",
      `This link holds a request from a newer version of the playground (draft v${version}; this one reads v${DRAFT_VERSION}). Open it in an up-to-date playground.`,
    );
  const omitted = Array.isArray(value.omitted)
    ? value.omitted.flatMap((entry) =>
        isRecord(entry) &&
        typeof entry.name === "string" &&
        typeof entry.bytes === "number"
          ? [{ name: entry.name, bytes: entry.bytes }]
          : [],
      )
    : [];
  const { continueFrom } = value;
  if (
    continueFrom !== undefined &&
    (typeof continueFrom !== "string" || !RESPONSE_ID.test(continueFrom))
  )
    return failure(
      "not-a-draft",
      "The response the link continues from is not a response id.",
    );
  // Field-level fallbacks keep a link from an older draft version opening with whatever still fits.
  return {
    ok: true,
    draft: parseDraft(value.draft),
    omitted,
    continueFrom: continueFrom ?? null,
  };
}

/** Reads a fragment from `encodePermalink` (a leading "#" is fine); never throws, says what is wrong in words. */
export async function decodePermalink(
  fragment: string,
): Promise<DecodedPermalink> {
  const text = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (text.length > MAX_LINK_LENGTH)
    return failure("too-long", "The link is too long to open (over 2 MB).");
  const body = readPrefix(text);
  if (typeof body !== "string") return body;
  try {
    const json = await readBody(body);
    return typeof json === "string" ? readPayload(json) : json;
  } catch {
    // Streams can reject in ways the platform does not document; a link never breaks the page.
    return failure("tampered", "The link is damaged and cannot be read.");
  }
}
