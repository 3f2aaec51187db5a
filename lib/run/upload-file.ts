import { PLAYGROUND_API_KEY_HEADER } from "@/lib/api/api-key-header";
import { UpstreamRequestError } from "@/lib/api/api-client";
import { readFailure } from "@/lib/api/error-envelope";
import { proxyUrl } from "@/lib/api/proxy-url";

/** Uploads `file` through the proxy to the upstream's Files API (purpose `user_data`) and returns its id. */
export async function uploadFile(
  upstream: string,
  file: File,
  apiKey: string | null,
): Promise<string> {
  const form = new FormData();
  form.append("purpose", "user_data");
  form.append("file", file, file.name);
  const headers: Record<string, string> = { accept: "application/json" };
  if (apiKey) headers[PLAYGROUND_API_KEY_HEADER] = apiKey;
  let response: Response;
  try {
    response = await fetch(proxyUrl(upstream, "files"), {
      method: "POST",
      headers,
      body: form,
    });
  } catch {
    throw new UpstreamRequestError({
      status: null,
      message: "The playground's server could not be reached.",
      code: null,
      type: null,
      param: null,
    });
  }
  if (!response.ok) throw new UpstreamRequestError(await readFailure(response));
  const body = (await response.json()) as { id?: unknown };
  if (typeof body.id !== "string")
    throw new UpstreamRequestError({
      status: response.status,
      message: "The upstream answered the upload without a file id.",
      code: null,
      type: null,
      param: null,
    });
  return body.id;
}
