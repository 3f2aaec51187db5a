import {
  MAX_INLINE_BYTES,
  attachmentKindOf,
  audioFormatOf,
  type DraftAttachment,
} from "@/lib/request/draft-attachments";
import { newDraftId } from "@/lib/request/draft";

/**
 * The files picked in this tab, by attachment id, so a file too big to send inline can still be uploaded
 * to the Files API; in memory only, like the inline bytes themselves.
 */
const pickedFiles = new Map<string, File>();

export function pickedFile(attachmentId: string): File | undefined {
  return pickedFiles.get(attachmentId);
}

export function readDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === "string"
        ? resolve(reader.result)
        : reject(new Error("unreadable"));
    reader.onerror = () => reject(reader.error ?? new Error("unreadable"));
    reader.readAsDataURL(file);
  });
}

export type ReadResult = { attachment: DraftAttachment } | { error: string };

/**
 * A picked, dropped or pasted file as an attachment. Files over the inline limit are kept by name and
 * size without their bytes, so the composer can say why and offer an upload instead.
 */
export async function readAttachment(file: File): Promise<ReadResult> {
  const name = file.name || "pasted";
  const kind = attachmentKindOf(file.type, name);
  if (kind === null)
    return {
      error: `${name}: ${file.type || "this file type"} cannot be sent; attach an image, PDF, text or audio file`,
    };
  const format = kind === "audio" ? audioFormatOf(file.type, name) : "wav";
  if (format === null)
    return {
      error: `${name}: input_audio takes mp3 or wav, not ${file.type || "this format"}`,
    };
  const id = newDraftId("att");
  pickedFiles.set(id, file);
  const oversized = file.size > MAX_INLINE_BYTES;
  let data = "";
  if (!oversized) {
    try {
      data = await readDataUrl(file);
    } catch {
      return { error: `${name} could not be read` };
    }
  }
  return {
    attachment: {
      id,
      name,
      kind,
      source: "data",
      mimeType: file.type,
      size: file.size,
      data,
      url: "",
      fileId: "",
      detail: "auto",
      format,
    },
  };
}

/** Reads files into attachments of `messageId`; returns the messages of those that could not be read. */
export async function attachFiles(
  messageId: string,
  files: Iterable<File>,
  add: (messageId: string, attachments: DraftAttachment[]) => void,
): Promise<string[]> {
  const results = await Promise.all([...files].map(readAttachment));
  const attachments = results.flatMap((r) =>
    "attachment" in r ? [r.attachment] : [],
  );
  if (attachments.length > 0) add(messageId, attachments);
  return results.flatMap((r) => ("error" in r ? [r.error] : []));
}

/** An image or file the upstream fetches by URL; the name is the URL's last path segment. */
export function urlAttachment(
  url: string,
  kind: "image" | "file",
): DraftAttachment {
  let name = url;
  try {
    name = decodeURIComponent(new URL(url).pathname.split("/").pop() || url);
  } catch {
    // Not a full URL: the text itself names it, and the builder sends it as written.
  }
  return {
    id: newDraftId("att"),
    name,
    kind,
    source: "url",
    mimeType: "",
    size: 0,
    data: "",
    url,
    fileId: "",
    detail: "auto",
    format: "wav",
  };
}
