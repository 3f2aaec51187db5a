/** The page of a conversation on an upstream. */
export function conversationHref(upstream: string, id: string): string {
  return `/conversations/${encodeURIComponent(id)}?upstream=${encodeURIComponent(upstream)}`;
}
