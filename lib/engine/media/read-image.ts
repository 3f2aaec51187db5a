import { imageSize } from "image-size";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { invalidImage, unsupportedImage } from "./media-errors";

export interface ImageFacts {
  format: "png" | "jpeg" | "gif" | "webp";
  width: number;
  height: number;
  /** False when the image is too large to decode here and only its header was checked. */
  decoded: boolean;
}

/** Past this many pixels only the header is checked, so one request cannot stall the engine decoding. */
const MAX_DECODED_PIXELS = 25_000_000;

function isSupported(type: string | undefined): type is ImageFacts["format"] {
  return type === "png" || type === "jpeg" || type === "gif" || type === "webp";
}

/** Decodes every pixel of a PNG or JPEG (GIF and WebP: their headers), so corrupt data is caught. */
function decodeAll(format: ImageFacts["format"], bytes: Buffer): void {
  if (format === "png") PNG.sync.read(bytes);
  if (format === "jpeg")
    jpeg.decode(bytes, {
      tolerantDecoding: false,
      maxResolutionInMP: MAX_DECODED_PIXELS / 1_000_000,
      maxMemoryUsageInMB: 512,
    });
}

/**
 * Reads an image's format and pixel size from its bytes, rejecting an unsupported type or corrupt data
 * with the API's errors; `param` names the part in the request.
 */
export function readImage(
  bytes: Buffer,
  mediaType: string | null,
  param: string,
): ImageFacts {
  if (mediaType !== null && !mediaType.startsWith("image/"))
    throw unsupportedImage(param, `media type ${mediaType}`);
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    throw bytes.length === 0
      ? invalidImage(param, "no data")
      : unsupportedImage(param, "not a known image format");
  }
  const format = size.type === "jpg" ? "jpeg" : size.type;
  if (!isSupported(format))
    throw unsupportedImage(param, `${size.type ?? "unknown"} image`);
  const { width = 0, height = 0 } = size;
  if (width === 0 || height === 0)
    throw invalidImage(param, `${format} with no pixels`);
  const decoded = width * height <= MAX_DECODED_PIXELS;
  if (decoded) {
    try {
      decodeAll(format, bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw invalidImage(param, `${format} data does not decode: ${reason}`);
    }
  }
  return { format, width, height, decoded };
}
