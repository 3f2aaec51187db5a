/** Collects items and hands them over at most once per animation frame, so a fast stream renders in batches. */
export function createFrameBatcher<T>(deliver: (items: T[]) => void) {
  let buffer: T[] = [];
  let scheduled: number | null = null;
  const schedule =
    typeof requestAnimationFrame === "function"
      ? (callback: () => void) => requestAnimationFrame(callback)
      : (callback: () => void) => setTimeout(callback, 16) as unknown as number;

  function flush(): void {
    scheduled = null;
    if (buffer.length === 0) return;
    const items = buffer;
    buffer = [];
    deliver(items);
  }

  return {
    push(item: T): void {
      buffer.push(item);
      scheduled ??= schedule(flush);
    },
    /** Delivers what is left right away (at the end of a stream). */
    flush,
  };
}
