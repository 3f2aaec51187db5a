import { invalidImageDataUrl } from "./media-errors";

/** Inline bytes from a part: a `data:` URL (base64 or percent-encoded), with its declared media type. */
export interface InlineData {
  mediaType: string | null;
  bytes: Buffer;
}

/** Decodes a `data:` URL; null when the text is not one. */
export function decodeDataUrl(url: string): InlineData | null {
  const match = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/s.exec(url);
  if (match === null) return null;
  const [, mediaType = "", flags = "", data = ""] = match;
  const bytes = flags.includes(";base64")
    ? Buffer.from(data, "base64")
    : Buffer.from(percentDecoded(data), "utf8");
  return {
    mediaType: mediaType === "" ? null : mediaType.toLowerCase(),
    bytes,
  };
}

/** Base64 as the API reads it: the standard alphabet, padded or not. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes an `image_url` that is a data URL, refusing what the API refuses: a media type that is not an
 * image's, a payload that is not base64; null for any other URL (the engine fetches none).
 */
export function decodeImageDataUrl(
  url: string,
  param: string,
): InlineData | null {
  if (!url.startsWith("data:")) return null;
  const comma = url.indexOf(",");
  const header = url.slice(5, comma === -1 ? undefined : comma).split(";");
  const mediaType = (header[0] ?? "").toLowerCase();
  if (!mediaType.startsWith("image/"))
    throw invalidImageDataUrl(param, `unsupported MIME type '${mediaType}'`);
  if (comma === -1 || !header.includes("base64"))
    throw invalidImageDataUrl(param, "a value without the ';base64' separator");
  const data = url.slice(comma + 1);
  if (!BASE64.test(data))
    throw invalidImageDataUrl(param, "an invalid base64-encoded value");
  return { mediaType, bytes: Buffer.from(data, "base64") };
}

/** Decodes `file_data`, which clients send as a data URL or as bare base64. */
export function decodeFileData(data: string): InlineData {
  return (
    decodeDataUrl(data) ?? {
      mediaType: null,
      bytes: Buffer.from(data, "base64"),
    }
  );
}

/** Percent-decodes a data URL's text, leaving a malformed escape as written rather than throwing. */
function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
