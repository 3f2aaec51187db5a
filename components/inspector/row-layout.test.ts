import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  rowStart,
  tallRows,
  totalHeight,
  visibleRange,
  type RowLayout,
} from "./row-layout";

/** Every row's start by adding up the heights before it, one row at a time. */
function naiveStarts({ count, rowHeight, tall }: RowLayout): number[] {
  const heights = new Map(tall.map((row) => [row.position, row.height]));
  const starts = [0];
  for (let position = 0; position < count; position++)
    starts.push(
      (starts[position] as number) + (heights.get(position) ?? rowHeight),
    );
  return starts;
}

const layouts = fc.integer({ min: 1, max: 60 }).chain((count) =>
  fc.record({
    count: fc.constant(count),
    rowHeight: fc.integer({ min: 1, max: 30 }),
    tall: fc
      .uniqueArray(
        fc.record({
          position: fc.integer({ min: 0, max: count - 1 }),
          height: fc.integer({ min: 31, max: 400 }),
        }),
        { selector: (row) => row.position, maxLength: 6 },
      )
      .map((rows) => rows.sort((a, b) => a.position - b.position)),
  }),
);

describe("row layout", () => {
  it("places rows where adding up the heights above them does", () => {
    fc.assert(
      fc.property(layouts, (layout) => {
        const starts = naiveStarts(layout);
        for (let position = 0; position <= layout.count; position++)
          expect(rowStart(layout, position)).toBe(starts[position]);
        expect(totalHeight(layout)).toBe(starts[layout.count]);
      }),
    );
  });

  it("renders every row that meets the viewport, and no more than the overscan beyond it", () => {
    fc.assert(
      fc.property(
        layouts,
        fc.nat(20_000),
        fc.integer({ min: 1, max: 900 }),
        fc.nat(5),
        (layout, scroll, height, overscan) => {
          const starts = naiveStarts(layout);
          const total = starts[layout.count] as number;
          const top = Math.max(0, Math.min(scroll, total - height));
          const meets = (position: number) =>
            (starts[position + 1] as number) > top &&
            (starts[position] as number) < top + height;
          const shown = Array.from(
            { length: layout.count },
            (_, position) => position,
          ).filter(meets);
          const range = visibleRange(layout, { top: scroll, height }, overscan);
          expect(range).not.toBeNull();
          if (!range) return;
          const first = shown[0] ?? 0;
          const last = shown.at(-1) ?? layout.count - 1;
          expect(range.first).toBeLessThanOrEqual(first);
          expect(range.last).toBeGreaterThanOrEqual(last);
          expect(range.first).toBeGreaterThanOrEqual(first - overscan);
          // The row just below the viewport's edge may be counted as in it.
          expect(range.last).toBeLessThanOrEqual(last + overscan + 1);
        },
      ),
    );
  });

  it("has nothing to render in an empty list", () => {
    expect(
      visibleRange(
        { count: 0, rowHeight: 25, tall: [] },
        { top: 0, height: 500 },
        12,
      ),
    ).toBeNull();
  });

  it("finds the tall rows among the shown ones, in order, skipping rows a filter hides", () => {
    const rows = [{ index: 2 }, { index: 5 }, { index: 9 }, { index: 14 }];
    const heights = new Map([
      [14, 120],
      [3, 80],
      [5, 200],
    ]);
    expect(tallRows(rows, heights)).toEqual([
      { position: 1, height: 200 },
      { position: 3, height: 120 },
    ]);
  });
});
