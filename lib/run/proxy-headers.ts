import { PLAYGROUND_API_KEY_HEADER } from "@/lib/api/api-key-header";

/** Headers of a call the runner makes through the proxy, with the person's own key when they set one. */
export function proxyHeaders(
  apiKey: string | null,
  accept: string,
): HeadersInit {
  return {
    "content-type": "application/json",
    accept,
    ...(apiKey ? { [PLAYGROUND_API_KEY_HEADER]: apiKey } : {}),
  };
}
