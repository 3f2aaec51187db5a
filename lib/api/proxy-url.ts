/** The app's proxy URL for an upstream's `/v1/{path}` (path without a leading slash; query string allowed). */
export function proxyUrl(upstream: string, path: string): string {
  return `/api/proxy/${encodeURIComponent(upstream)}/v1/${path}`;
}
