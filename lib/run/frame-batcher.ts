import { nextTask } from "./yield-to-frame";

/** A frame that took this share of the thread or more delays the next, so the stream keeps the rest. */
const renderShare = 0.5;
/**
 * While a stream outpaces the screen, the page is updated at most this often (20 times a second): each update
 * costs a render, layout and paint however few events it brings, and a fast stream finishes sooner without them.
 */
const minIntervalMs = 50;

const animationFrame = (callback: () => void): void => {
  if (typeof requestAnimationFrame === "function")
    requestAnimationFrame(callback);
  else setTimeout(callback, 16);
};

/**
 * Collects items and hands them over in animation frames, so a fast stream renders in batches: at most once
 * every {@link minIntervalMs}, and while frames are costly (a long message re-rendered) less often still,
 * so rendering never takes more than about half of the main thread from reading the stream.
 */
export function createFrameBatcher<T>(
  deliver: (items: T[]) => void,
  now: () => number = () => performance.now(),
  schedule: (callback: () => void) => void = animationFrame,
) {
  let buffer: T[] = [];
  let frameRequested = false;
  let notBefore = 0;

  function flush(): void {
    if (buffer.length === 0) return;
    const items = buffer;
    buffer = [];
    notBefore = Math.max(notBefore, now() + minIntervalMs);
    deliver(items);
  }

  function onFrame(): void {
    const wait = notBefore - now();
    // Frames asked for and left empty still cost a style, layout and paint pass: wait without asking for them.
    if (buffer.length > 0 && wait > 0) {
      setTimeout(() => schedule(onFrame), wait);
      return;
    }
    frameRequested = false;
    const start = now();
    flush();
    // The next task starts after this frame's render, layout and paint: that is what the frame cost.
    void nextTask().then(() => {
      notBefore = Math.max(notBefore, start + (now() - start) / renderShare);
    });
  }

  return {
    push(item: T): void {
      buffer.push(item);
      if (frameRequested) return;
      frameRequested = true;
      schedule(onFrame);
    },
    /** Delivers what is left right away (the first token, the end of a stream). */
    flush,
  };
}
