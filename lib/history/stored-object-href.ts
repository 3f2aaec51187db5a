/** The page of a stored object on an upstream, e.g. `/responses/resp_1?upstream=local`. */
export function storedObjectHref(
  base: "/responses" | "/conversations",
  upstream: string,
  id: string,
): string {
  return `${base}/${encodeURIComponent(id)}?upstream=${encodeURIComponent(upstream)}`;
}
