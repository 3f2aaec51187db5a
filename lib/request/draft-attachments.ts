import type { DraftAttachment } from "./draft-attachment-schema";

// Attachment values and helpers for the first screen; the zod schema loads only when a draft is read.
export const ATTACHMENT_KINDS = ["image", "file", "audio"] as const;
export const ATTACHMENT_SOURCES = ["data", "url", "file_id"] as const;
export const IMAGE_DETAILS = ["auto", "low", "high"] as const;
export const AUDIO_FORMATS = ["mp3", "wav"] as const;

/**
 * The largest file sent inline, as a data URL in the request body. The API takes up to 50 MB per
 * request across all files; a smaller per-file cap keeps the request and its preview responsive.
 */
export const MAX_INLINE_BYTES = 10 * 1024 * 1024;
/** All inline attachments of one request together. */
export const MAX_INLINE_TOTAL_BYTES = 20 * 1024 * 1024;

export type { DraftAttachment } from "./draft-attachment-schema";

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
