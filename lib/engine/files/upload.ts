import { ApiError } from "@/lib/api/api-error";
import { invalidRequest } from "../errors";
import { readBodyCapped, type EngineRequest } from "../http/engine-request";
import { listValues } from "../http/request-errors";
import { newId } from "../ids";
import { formatBytes } from "../model/describe-parts";

/** The largest file the local engine stores (the API allows 512 MB; a local SQLite file needs less). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** Room for the multipart boundaries and the other fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const PURPOSES = [
  "assistants",
  "batch",
  "fine-tune",
  "vision",
  "user_data",
  "evals",
] as const;

export interface Upload {
  id: string;
  filename: string;
  purpose: string;
  mediaType: string;
  content: Buffer;
  expiresAfterSeconds: number | null;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(
    413,
    `File is too large: the local engine stores files up to ${formatBytes(maxBytes)}.`,
    { param: "file", code: "file_too_large" },
  );
}

async function readForm(
  request: EngineRequest,
  maxBytes: number,
): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data"))
    throw invalidRequest(
      "Uploads must be sent as multipart/form-data with the fields 'file' and 'purpose'.",
      null,
      "invalid_content_type",
    );
  const body = await readBodyCapped(
    request,
    maxBytes + FORM_OVERHEAD_BYTES,
    () => tooLarge(maxBytes),
  );
  try {
    return await new Response(new Uint8Array(body), {
      headers: { "content-type": type },
    }).formData();
  } catch {
    throw invalidRequest("The multipart body could not be parsed.", null);
  }
}

function readPurpose(form: FormData): string {
  const purpose = form.get("purpose");
  if (typeof purpose !== "string")
    throw invalidRequest("Missing required parameter: 'purpose'.", "purpose");
  if (!(PURPOSES as readonly string[]).includes(purpose))
    throw invalidRequest(
      `Invalid value: '${purpose}'. Supported values are: ${listValues(PURPOSES)}.`,
      "purpose",
      "invalid_value",
    );
  return purpose;
}

/** `expires_after[anchor]=created_at` with `expires_after[seconds]` between 3600 and 2592000, as the API takes it. */
function readExpiry(form: FormData): number | null {
  const anchor = form.get("expires_after[anchor]");
  const seconds = form.get("expires_after[seconds]");
  if (anchor === null && seconds === null) return null;
  if (anchor !== "created_at")
    throw invalidRequest(
      "Invalid value for 'expires_after.anchor': only 'created_at' is supported.",
      "expires_after.anchor",
      "invalid_value",
    );
  const value = typeof seconds === "string" ? Number(seconds) : Number.NaN;
  if (!Number.isInteger(value) || value < 3600 || value > 2_592_000)
    throw invalidRequest(
      "Invalid value for 'expires_after.seconds': expected an integer from 3600 (1 hour) to 2592000 (30 days).",
      "expires_after.seconds",
      "invalid_value",
    );
  return value;
}

/** Parses and checks an upload: a non-empty file within the size cap, a known purpose, an optional expiry. */
export async function readUpload(
  request: EngineRequest,
  maxBytes: number,
): Promise<Upload> {
  const form = await readForm(request, maxBytes);
  const file = form.get("file");
  if (!(file instanceof File))
    throw invalidRequest("Missing required parameter: 'file'.", "file");
  if (file.size > maxBytes) throw tooLarge(maxBytes);
  if (file.size === 0)
    throw invalidRequest("The file is empty.", "file", "empty_file");
  const purpose = readPurpose(form);
  return {
    // File ids use a hyphen, as the API's do (`file-…`).
    id: newId("file").replace("_", "-"),
    filename: file.name || "upload",
    purpose,
    mediaType: file.type || "application/octet-stream",
    content: Buffer.from(await file.arrayBuffer()),
    expiresAfterSeconds: readExpiry(form),
  };
}
