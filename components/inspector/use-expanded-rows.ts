import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type RefObject,
} from "react";

/** The attribute that tells the measuring observer which event a row shows. */
const eventAttribute = "data-event-index";

/**
 * Which rows are expanded, by event index, each with its height as last measured on screen
 * (`collapsedHeight` until then).
 */
export function useExpandedRows(
  scroller: RefObject<HTMLElement | null>,
  collapsedHeight: number,
) {
  const [heights, setHeights] = useState<ReadonlyMap<number, number>>(
    () => new Map(),
  );
  const laidOut = useRef(heights);
  useEffect(() => {
    laidOut.current = heights;
  }, [heights]);
  const toggle = useCallback(
    (index: number) =>
      setHeights((current) => {
        const next = new Map(current);
        if (!next.delete(index)) next.set(index, collapsedHeight);
        return next;
      }),
    [collapsedHeight],
  );
  const observer = useRef<ResizeObserver | null>(null);
  const measure = useCallback(
    (element: HTMLElement | null) => {
      if (!element) return;
      observer.current ??= new ResizeObserver((entries) => {
        for (const entry of entries) {
          const index = Number(entry.target.getAttribute(eventAttribute));
          const height = Math.round(
            entry.borderBoxSize[0]?.blockSize ?? collapsedHeight,
          );
          const before = laidOut.current.get(index) ?? collapsedHeight;
          const container = scroller.current;
          // A row wholly above the viewport that changes height would move what the reader looks at.
          if (
            container &&
            entry.target.getBoundingClientRect().top + before <=
              container.getBoundingClientRect().top
          )
            container.scrollTop += height - before;
          setHeights((current) =>
            current.has(index) && current.get(index) !== height
              ? new Map(current).set(index, height)
              : current,
          );
        }
      });
      const rows = observer.current;
      rows.observe(element);
      return () => rows.unobserve(element);
    },
    [scroller, collapsedHeight],
  );
  /** The props that have an expanded row's element measured. */
  const measured = useCallback(
    (index: number) => ({ [eventAttribute]: index, ref: measure }),
    [measure],
  );
  return { heights, toggle, measured };
}
