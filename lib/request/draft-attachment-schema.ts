import * as z from "zod/mini";
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_SOURCES,
  AUDIO_FORMATS,
  IMAGE_DETAILS,
} from "./draft-attachments";

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
