/**
 * How long a response took, from the API's whole-second `created_at` and `completed_at`: both in the same
 * second reads "< 1 s" rather than a misleading "0 s"; "–" while it has not completed.
 */
export function formatDuration(
  createdAt: number,
  completedAt: number | null | undefined,
): string {
  if (completedAt === null || completedAt === undefined) return "–";
  const seconds = completedAt - createdAt;
  return seconds < 1 ? "< 1 s" : `${seconds} s`;
}
