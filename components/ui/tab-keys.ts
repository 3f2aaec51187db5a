/**
 * The tab a key moves to in a row of `count` tabs, as the WAI-ARIA tabs pattern has it: the arrows step and wrap,
 * Home and End jump to the ends; any other key moves nowhere (null).
 */
export function tabAfterKey(
  key: string,
  index: number,
  count: number,
): number | null {
  switch (key) {
    case "ArrowRight":
      return (index + 1) % count;
    case "ArrowLeft":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}
