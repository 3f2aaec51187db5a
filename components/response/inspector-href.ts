/** The inspector's path for a stored response on an upstream: also its permalink. */
export function inspectorHref(upstream: string, id: string): string {
  return `/responses/${encodeURIComponent(id)}?upstream=${encodeURIComponent(upstream)}`;
}
