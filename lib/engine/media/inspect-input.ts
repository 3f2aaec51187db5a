import { notFound } from "../errors";
import { isRecord, stringField } from "../model/input-items";
import type { FileStore } from "../store/file-store";
import type { StoredItem } from "../types";
import {
  decodeFileData,
  decodeImageDataUrl,
  type InlineData,
} from "./data-source";
import { describeMedia } from "./describe-media";
import { readAudio } from "./read-audio";
import { readDocument } from "./read-document";
import { readImage } from "./read-image";

/** What the engine read from each media part, by {@link mediaKey}: the phrase the reply uses for it. */
export type MediaNotes = ReadonlyMap<string, string>;

export function mediaKey(itemId: string, partIndex: number): string {
  return `${itemId}#${partIndex}`;
}

/** An uploaded file's bytes; its media type only when it says more than "some bytes". */
function fileBytes(files: FileStore, id: string, param: string): InlineData {
  const content = files.content(id);
  if (!content) throw notFound(`No such File object: ${id}`, param);
  const generic = content.mediaType === "application/octet-stream";
  return {
    mediaType: generic ? null : content.mediaType,
    bytes: content.bytes,
  };
}

/** Reads one part; null for parts with nothing to read here (text, or media behind a URL the engine does not fetch). */
async function readPart(
  part: Record<string, unknown>,
  files: FileStore,
  param: string,
): Promise<string | null> {
  const fileId = stringField(part, "file_id");
  if (part.type === "input_image") {
    const url = stringField(part, "image_url");
    const source =
      url !== undefined
        ? decodeImageDataUrl(url, `${param}.image_url`)
        : fileId !== undefined
          ? fileBytes(files, fileId, `${param}.file_id`)
          : null;
    if (source === null) return null;
    const where = url !== undefined ? "image_url" : "file_id";
    return describeMedia.image(
      readImage(source.bytes, source.mediaType, `${param}.${where}`),
    );
  }
  if (part.type === "input_file") {
    const data = stringField(part, "file_data");
    const source =
      data !== undefined
        ? decodeFileData(data)
        : fileId !== undefined
          ? fileBytes(files, fileId, `${param}.file_id`)
          : null;
    if (source === null) return null;
    const where = data !== undefined ? "file_data" : "file_id";
    const filename = stringField(part, "filename");
    return describeMedia.document(
      await readDocument(source.bytes, filename, `${param}.${where}`),
    );
  }
  if (part.type === "input_audio" && isRecord(part.input_audio)) {
    const data = stringField(part.input_audio, "data") ?? "";
    const format = stringField(part.input_audio, "format") ?? "";
    return describeMedia.audio(
      readAudio(Buffer.from(data, "base64"), format, `${param}.input_audio`),
    );
  }
  return null;
}

/**
 * Reads every image, file and audio part of this request's input, so a corrupt or unsupported one is
 * rejected with the API's error before anything is stored; text-only input costs one pass over the parts.
 */
export async function inspectInput(
  items: readonly StoredItem[],
  files: FileStore,
): Promise<MediaNotes> {
  const notes = new Map<string, string>();
  for (const [itemIndex, item] of items.entries()) {
    if (item.type !== "message" || !Array.isArray(item.content)) continue;
    for (const [partIndex, part] of (item.content as unknown[]).entries()) {
      if (!isRecord(part) || part.type === "input_text") continue;
      const param = `input[${itemIndex}].content[${partIndex}]`;
      const note = await readPart(part, files, param);
      if (note !== null) notes.set(mediaKey(item.id, partIndex), note);
    }
  }
  return notes;
}
