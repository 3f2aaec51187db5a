import { nextTask } from "./yield-to-frame";

/** A frame that took this share of the thread or more delays the next, so the stream keeps the rest. */
const renderShare = 0.5;

/**
 * Collects items and hands them over at most once per animation frame, so a fast stream renders in
 * batches; while frames are costly (a long message re-rendered), batches come less often, so rendering
 * never takes more than about half of the main thread from reading the stream.
 */
export function createFrameBatcher<T>(
  deliver: (items: T[]) => void,
  now: () => number = () => performance.now(),
) {
  let buffer: T[] = [];
  let scheduled: number | null = null;
  let notBefore = 0;
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

  function onFrame(): void {
    if (now() < notBefore) {
      scheduled = schedule(onFrame);
      return;
    }
    const start = now();
    flush();
    // The next task starts after this frame's render, layout and paint: that is what the frame cost.
    void nextTask().then(() => {
      notBefore = start + (now() - start) / renderShare;
    });
  }

  return {
    push(item: T): void {
      buffer.push(item);
      scheduled ??= schedule(onFrame);
    },
    /** Delivers what is left right away (at the end of a stream). */
    flush,
  };
}
