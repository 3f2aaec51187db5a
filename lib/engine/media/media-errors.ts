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
