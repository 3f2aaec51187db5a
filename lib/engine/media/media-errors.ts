import { ApiError } from "@/lib/api/api-error";
import { invalidRequest } from "../errors";

const SUPPORTED_IMAGE_FORMATS = ["png", "jpeg", "gif", "webp"] as const;

/** The API's answer to an image whose type it does not take. */
export function unsupportedImage(param: string, detail: string): ApiError {
  return invalidRequest(
    `You uploaded an unsupported image (${detail}). Please make sure your image has one of the following formats: ${formatList()}.`,
    param,
    "invalid_image_format",
  );
}

/** The API's answer to an `image_url` that is a data URL but not a base64 image one; `detail` says what it got. */
export function invalidImageDataUrl(param: string, detail: string): ApiError {
  return invalidRequest(
    `Invalid '${param}'. Expected a base64-encoded data URL with an image MIME type (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU='), but got ${detail}.`,
    param,
    "invalid_value",
  );
}

/** The API's answer to image bytes that do not decode. */
export function invalidImage(param: string, detail: string): ApiError {
  return invalidRequest(
    `The image data you provided does not represent a valid image (${detail}). Please check your input and try again with one of the supported image formats: ${formatList()}.`,
    param,
    "invalid_image",
  );
}

function formatList(): string {
  return `[${SUPPORTED_IMAGE_FORMATS.map((format) => `'${format}'`).join(", ")}]`;
}
