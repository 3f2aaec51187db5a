import { PLAYGROUND_API_KEY_HEADER } from "./api-key-header";
import { UpstreamRequestError } from "./api-client";
import { readFailure } from "./error-envelope";
import { proxyUrl } from "./proxy-url";

/**
 * Fetches a file's bytes through the proxy (with the user's key header, which a plain link cannot send) and
 * hands them to the browser as a download named `filename`.
 */
export async function downloadThroughProxy({
  upstream,
  path,
  filename,
  apiKey,
}: {
  upstream: string;
  path: string;
  filename: string;
  apiKey: string | null;
}): Promise<void> {
  const headers: Record<string, string> = {};
  if (apiKey) headers[PLAYGROUND_API_KEY_HEADER] = apiKey;
  const response = await fetch(proxyUrl(upstream, path), { headers });
  if (!response.ok) throw new UpstreamRequestError(await readFailure(response));
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement("a");
    link.href = url;
    link.download = filename;
    link.click();
  } finally {
    // The click has started the download by now; the object URL can go.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
