import * as z from "zod/mini";

const ATTACHMENT_KINDS = ["image", "file", "audio"] as const;
const ATTACHMENT_SOURCES = ["data", "url", "file_id"] as const;
export const IMAGE_DETAILS = ["auto", "low", "high"] as const;
const AUDIO_FORMATS = ["mp3", "wav"] as const;

/**
 * The largest file sent inline, as a data URL in the request body. The API takes up to 50 MB per
 * request across all files; a smaller per-file cap keeps the request and its preview responsive.
 */
export const MAX_INLINE_BYTES = 10 * 1024 * 1024;
/** All inline attachments of one request together. */
export const MAX_INLINE_TOTAL_BYTES = 20 * 1024 * 1024;

const text = z.catch(z.string(), "");

/**
 * One attachment of a message, sent as an input_image, input_file or input_audio part.
 * `data` holds the inline content as a data URL; localStorage never holds it, IndexedDB does
 * (lib/stores/attachment-persistence), and a restored draft whose content is gone says to attach it again.
 */
export const attachmentSchema = z.object({
  id: text,
  /** The file name shown in the list and sent as input_file's `filename`. */
  name: text,
  kind: z.catch(z.enum(ATTACHMENT_KINDS), "file"),
  source: z.catch(z.enum(ATTACHMENT_SOURCES), "url"),
  mimeType: text,
  /** Size in bytes of the inline content (0 when sent by URL or file id). */
  size: z.catch(z.int().check(z.nonnegative()), 0),
  data: text,
  url: text,
  fileId: text,
  detail: z.catch(z.enum(IMAGE_DETAILS), "auto"),
  /** Audio's format as input_audio names it. */
  format: z.catch(z.enum(AUDIO_FORMATS), "wav"),
});

export type DraftAttachment = z.infer<typeof attachmentSchema>;

/** Whether the attachment carries its bytes in the request (and so counts against the inline limits). */
export function isInline(attachment: DraftAttachment): boolean {
  return attachment.source === "data";
}

/** A byte count as people read it: "812 B", "14.2 KB", "3.1 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The kind of attachment a MIME type becomes, or null when the API takes no such input. */
export function attachmentKindOf(
  mimeType: string,
  name: string,
): DraftAttachment["kind"] | null {
  if (mimeType.startsWith("image/")) return "image";
  if (mimeType.startsWith("audio/")) return "audio";
  if (
    mimeType === "application/pdf" ||
    mimeType.startsWith("text/") ||
    mimeType === "application/json" ||
    /\.(pdf|txt|md|csv|json|html?|xml)$/i.test(name)
  )
    return "file";
  return null;
}

/** input_audio takes mp3 or wav; anything else recorded or uploaded cannot be sent as is. */
export function audioFormatOf(
  mimeType: string,
  name: string,
): DraftAttachment["format"] | null {
  if (/mpeg|mp3/.test(mimeType) || /\.mp3$/i.test(name)) return "mp3";
  if (/wav/.test(mimeType) || /\.wav$/i.test(name)) return "wav";
  return null;
}
