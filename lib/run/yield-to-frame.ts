/** How long a burst of stream work may hold the main thread before it lets a frame render. */
const sliceMs = 8;

/** A new macrotask without setTimeout's 4 ms clamp on nested timers, so rendering can run in between. */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === "undefined")
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A time slicer for stream readers: returns a promise to await once the current burst has run for
 * `sliceMs`, so the browser can paint and handle input between bursts; undefined otherwise.
 */
export function createYielder(now: () => number = () => performance.now()) {
  let sliceStart = now();
  return (): Promise<void> | undefined => {
    if (now() - sliceStart < sliceMs) return undefined;
    return nextTask().then(() => {
      sliceStart = now();
    });
  };
}

/**
 * Runs `callback` once the browser has an idle moment, or after `timeoutMs` at the latest; where idle callbacks
 * do not exist, in a later task.
 */
export function whenIdle(callback: () => void, timeoutMs = 500): void {
  if (typeof requestIdleCallback === "function")
    requestIdleCallback(() => callback(), { timeout: timeoutMs });
  else setTimeout(callback, 0);
}
