import { isRecord } from "@/lib/protocol/json";
/** An attachment left out of a permalink, named so the shared view can say what is missing. */
export interface OmittedAttachment {
  name: string;
  /** The size it would have added to the link before compression, in bytes. */
  bytes: number;
}

/**
 * The largest attachment a permalink carries. Inline files are base64 and barely compress, so
 * anything bigger would push the link past what browsers, chat apps and servers pass along.
 */
const MAX_LINK_ATTACHMENT_BYTES = 32 * 1024;

function nameOf(attachment: unknown): string {
  if (isRecord(attachment)) {
    for (const key of ["name", "filename", "url"]) {
      const value = attachment[key];
      if (typeof value === "string" && value !== "") return value;
    }
  }
  return "attachment";
}

/**
 * Drops every entry of an `attachments` list, wherever it sits in the draft, whose JSON is over
 * `limit` bytes, and reports each one dropped. Works on the shape alone, so new attachment fields
 * need no change here.
 */
export function omitLargeAttachments<T>(
  draft: T,
  limit: number = MAX_LINK_ATTACHMENT_BYTES,
): { draft: T; omitted: OmittedAttachment[] } {
  const omitted: OmittedAttachment[] = [];
  const encoder = new TextEncoder();
  const keep = (attachment: unknown) => {
    const bytes = encoder.encode(JSON.stringify(attachment) ?? "").length;
    if (bytes <= limit) return true;
    omitted.push({ name: nameOf(attachment), bytes });
    return false;
  };
  const visit = (value: unknown, key: string | null): unknown => {
    if (Array.isArray(value)) {
      const entries = key === "attachments" ? value.filter(keep) : value;
      return entries.map((entry) => visit(entry, null));
    }
    if (isRecord(value))
      return Object.fromEntries(
        Object.entries(value).map(([name, entry]) => [
          name,
          visit(entry, name),
        ]),
      );
    return value;
  };
  return { draft: visit(draft, null) as T, omitted };
}
