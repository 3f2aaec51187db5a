import { constants, performance, PerformanceObserver } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { StreamTiming } from "./lean-http-client";
import type { StreamReader } from "./stream-readers";

/** How the proxy section reads its streams: one at a time, then sixteen at once, each path in turn. */
export const CONCURRENT = 16;
/**
 * Rounds per path. A concurrent round's rate differs from the next on the same path by a quarter either way,
 * and a single stream that meets one of the client's collections takes 16–28 ms instead of 2, so a median of
 * five moved a ratio by 0.1 from one sitting to the next.
 */
export const SINGLE_ROUNDS = 31;
export const CONCURRENT_ROUNDS = 31;
/**
 * Short streams each path is given first, so a server kept open, as the app is, is what gets measured: V8
 * optimizes a function only after many calls, and the rounds alone gave the app's proxy about 120 requests.
 */
export const WARMUP_SHORT_STREAMS = 2_000;
const WARMUP_STREAMS = 8;
/**
 * Rounds of 16 full streams each path is given before it is measured. Short streams leave the code a busy
 * round runs (writes that queue, the socket's drain) unoptimized: after them V8 still optimized 47 of the
 * app's functions in its next 25 rounds and 26 in the 25 after, on the core the app ran on, and 6 in each
 * 25 from the hundredth round on.
 */
export const WARMUP_ROUNDS = 100;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Node tells a performance observer of a collection on a later turn of the event loop. */
async function observerTold(): Promise<void> {
  for (let turn = 0; turn < 2; turn++)
    await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Counts this process's full (mark-compact) collections while a measurement runs. Node's client allocates a
 * buffer per read, 4.25 MB a stream, and the collections that sets off run on the client's core, the one
 * that limits every path.
 */
function watchCollections() {
  let collections = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as { detail?: { kind?: number } }[])
      if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
        collections++;
  });
  observer.observe({ entryTypes: ["gc"] });
  return {
    async counted<T>(
      measure: () => Promise<T>,
    ): Promise<{ result: T; collections: number }> {
      await observerTold();
      const before = collections;
      const result = await measure();
      await observerTold();
      return { result, collections: collections - before };
    },
    stop: () => observer.disconnect(),
  };
}

/**
 * V8's full collection, made before each concurrent round. Without it, a path paid for 1.3–2.1 collections a
 * round depending on its place in the turn, and with a pause between rounds the byte relay came out 1.5× as
 * fast as the upstream read directly. Single streams are not preceded by one: after one, V8 collected more
 * often, not less, and a stream's first byte came a millisecond or more later.
 */
function fullCollection(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/** Bytes per second of `CONCURRENT` streams started together and read to their ends. */
async function concurrentThroughput(
  url: string,
  reader: StreamReader,
): Promise<number> {
  const start = performance.now();
  const timings = await Promise.all(
    Array.from({ length: CONCURRENT }, () => reader.read(url)),
  );
  const seconds = (performance.now() - start) / 1000;
  return timings.reduce((sum, timing) => sum + timing.bytes, 0) / seconds;
}

export interface PathFigures {
  totalMs: number;
  ttfbMs: number;
  /** Bytes per second with {@link CONCURRENT} streams at once. */
  rate: number;
  /** Full collections the measuring process made while reading the path's streams, per single stream and per concurrent round. */
  clientCollections: { single: number; concurrent: number };
}

/** How much each path is given before it is measured. */
export interface Warmup {
  warmupShortStreams: number;
  /** Rounds of {@link CONCURRENT} full streams. */
  warmupRounds: number;
}

export interface Path {
  /** The measured stream. */
  url: string;
  /** The same request for a short stream, to warm the path with. */
  shortURL: string;
  /** Wraps each of this path's concurrent rounds (to sample the server's memory meanwhile). */
  around?: (run: () => Promise<number>) => Promise<number>;
}

/**
 * The paths' order in round `round`, each round starting one path further on, so every path follows every
 * other as often: measured in a fixed order, a path read just after the direct one ran 5–7% slower than
 * the same path read after another proxy.
 */
function turn(count: number, round: number): number[] {
  return Array.from({ length: count }, (_, k) => (k + round) % count);
}

/**
 * Each path's single-stream and concurrent figures as `reader` reads them, after `warmupShortStreams` short
 * streams, a few full ones and `warmupRounds` concurrent rounds on each, the paths taken in turn round by round
 * so the machine's noise spreads over all of them.
 */
export async function measurePaths(
  paths: readonly Path[],
  reader: StreamReader,
  { warmupShortStreams, warmupRounds }: Warmup,
): Promise<PathFigures[]> {
  for (let i = 0; i < warmupShortStreams; i++)
    for (const path of paths) await reader.read(path.shortURL);
  const urls = paths.map((path) => path.url);
  for (let i = 0; i < WARMUP_STREAMS; i++)
    for (const url of urls) await reader.read(url);
  for (const url of urls)
    for (let i = 0; i < warmupRounds; i++)
      await concurrentThroughput(url, reader);

  const watch = watchCollections();
  const collectGarbage = fullCollection();
  const single: StreamTiming[][] = urls.map(() => []);
  const collections = urls.map(() => ({ single: 0, concurrent: 0 }));
  for (let i = 0; i < SINGLE_ROUNDS; i++)
    for (const index of turn(paths.length, i)) {
      const read = await watch.counted(() =>
        reader.read(urls[index] as string),
      );
      single[index]?.push(read.result);
      (collections[index] as { single: number }).single +=
        read.collections / SINGLE_ROUNDS;
    }
  const bytes = single[0]?.[0]?.bytes ?? 0;
  if (single.some((runs) => runs.some((run) => run.bytes !== bytes)))
    throw new Error("A proxy returned a different number of bytes.");

  const rates: number[][] = urls.map(() => []);
  for (let i = 0; i < CONCURRENT_ROUNDS; i++)
    for (const index of turn(paths.length, i)) {
      const { url, around } = paths[index] as Path;
      const round = () => concurrentThroughput(url, reader);
      // Each round starts from a collected heap, so none pays for a collection the path before it set off.
      collectGarbage();
      const read = await watch.counted(() =>
        around ? around(round) : round(),
      );
      rates[index]?.push(read.result);
      (collections[index] as { concurrent: number }).concurrent +=
        read.collections / CONCURRENT_ROUNDS;
    }
  watch.stop();
  return urls.map((_, index) => ({
    totalMs: median((single[index] ?? []).map((run) => run.totalMs)),
    ttfbMs: median((single[index] ?? []).map((run) => run.ttfbMs)),
    rate: median(rates[index] ?? []),
    clientCollections: collections[index] as PathFigures["clientCollections"],
  }));
}
