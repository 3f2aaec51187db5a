/** A row taller than the others (an expanded event): its position in the list and its measured height. */
export interface TallRow {
  position: number;
  height: number;
}

/**
 * The layout of a list whose rows all have `rowHeight` except a few `tall` ones (sorted by position), so
 * positions are arithmetic: the cost grows with the tall rows, never with the rows in the list.
 */
export interface RowLayout {
  count: number;
  rowHeight: number;
  tall: readonly TallRow[];
}

/** Where the row at `position` starts. */
export function rowStart(
  { rowHeight, tall }: RowLayout,
  position: number,
): number {
  let start = position * rowHeight;
  for (const row of tall) {
    if (row.position >= position) break;
    start += row.height - rowHeight;
  }
  return start;
}

export function totalHeight(layout: RowLayout): number {
  return rowStart(layout, layout.count);
}

/** The row under `offset` (clamped to the list). */
function rowAt({ count, rowHeight, tall }: RowLayout, offset: number): number {
  let extraAbove = 0;
  for (const row of tall) {
    const start = row.position * rowHeight + extraAbove;
    if (offset < start) break;
    if (offset < start + row.height) return row.position;
    extraAbove += row.height - rowHeight;
  }
  const position = Math.floor((offset - extraAbove) / rowHeight);
  return Math.min(Math.max(position, 0), count - 1);
}

/** The first and last positions (inclusive) to render for a viewport, with `overscan` rows either side. */
export function visibleRange(
  layout: RowLayout,
  viewport: { top: number; height: number },
  overscan: number,
): { first: number; last: number } | null {
  if (layout.count === 0) return null;
  // A viewport left below a list that shrank (a filter) shows the list's end, where the browser will scroll.
  const top = Math.max(
    0,
    Math.min(viewport.top, totalHeight(layout) - viewport.height),
  );
  return {
    first: Math.max(rowAt(layout, top) - overscan, 0),
    last: Math.min(
      rowAt(layout, top + viewport.height) + overscan,
      layout.count - 1,
    ),
  };
}

/** The position of the row whose `index` is `index`, by binary search: a log is in arrival order. */
function positionOf(rows: readonly { index: number }[], index: number): number {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = (rows[middle] as { index: number }).index;
    if (found === index) return middle;
    if (found < index) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The tall rows of `rows` (sorted by `index`), from the heights of the rows that are tall, by `index`. */
export function tallRows(
  rows: readonly { index: number }[],
  heights: ReadonlyMap<number, number>,
): TallRow[] {
  const tall: TallRow[] = [];
  for (const [index, height] of heights) {
    const position = positionOf(rows, index);
    if (position !== -1) tall.push({ position, height });
  }
  return tall.sort((a, b) => a.position - b.position);
}
