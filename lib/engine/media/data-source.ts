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
