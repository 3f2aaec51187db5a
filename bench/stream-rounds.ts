import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";

/** How the proxy section reads its streams: one at a time, then sixteen at once, each path in turn. */
export const CONCURRENT = 16;
export const SINGLE_ROUNDS = 15;
export const CONCURRENT_ROUNDS = 5;
/**
 * Short streams each path is given first, so a server kept open, as the app is, is what gets measured: V8
 * optimizes a function only after many calls, and the rounds alone gave the app's proxy about 120 requests.
 */
export const WARMUP_SHORT_STREAMS = 2_000;
const WARMUP_STREAMS = 8;
const REQUEST_BODY = JSON.stringify({
  model: "firehose",
  input: "go",
  stream: true,
});

interface StreamTiming {
  /** From sending the request to the first body byte. */
  ttfbMs: number;
  totalMs: number;
  bytes: number;
}

/** Keep-alive on every path, so none measures connection set-up another skips. */
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENT * 2 });

function readStream(url: string): Promise<StreamTiming> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let ttfbMs = 0;
    let bytes = 0;
    const req = request(
      url,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          accept: "text/event-stream",
          "content-length": Buffer.byteLength(REQUEST_BODY),
        },
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`${url} answered HTTP ${res.statusCode}`));
          return;
        }
        res.on("data", (chunk: Buffer) => {
          if (bytes === 0) ttfbMs = performance.now() - start;
          bytes += chunk.length;
        });
        res.on("end", () =>
          resolve({ ttfbMs, totalMs: performance.now() - start, bytes }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(REQUEST_BODY);
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Bytes per second of `CONCURRENT` streams started together and read to their ends. */
async function concurrentThroughput(url: string): Promise<number> {
  const start = performance.now();
  const timings = await Promise.all(
    Array.from({ length: CONCURRENT }, () => readStream(url)),
  );
  const seconds = (performance.now() - start) / 1000;
  return timings.reduce((sum, timing) => sum + timing.bytes, 0) / seconds;
}

export interface PathFigures {
  totalMs: number;
  ttfbMs: number;
  /** Bytes per second with {@link CONCURRENT} streams at once. */
  rate: number;
}

export interface Path {
  /** The measured stream. */
  url: string;
  /** The same request for a short stream, to warm the path with. */
  shortURL: string;
  /** Wraps each of this path's concurrent rounds (to sample the server's memory meanwhile). */
  around?: (run: () => Promise<number>) => Promise<number>;
}

/** Each path's single-stream and concurrent figures, the paths taken in turn round by round so the machine's noise spreads over all of them. */
export async function measurePaths(
  paths: readonly Path[],
): Promise<PathFigures[]> {
  for (let i = 0; i < WARMUP_SHORT_STREAMS; i++)
    for (const path of paths) await readStream(path.shortURL);
  const urls = paths.map((path) => path.url);
  for (let i = 0; i < WARMUP_STREAMS; i++)
    for (const url of urls) await readStream(url);
  for (const url of urls) await concurrentThroughput(url);

  const single: StreamTiming[][] = urls.map(() => []);
  for (let i = 0; i < SINGLE_ROUNDS; i++)
    for (const [index, url] of urls.entries())
      single[index]?.push(await readStream(url));
  const bytes = single[0]?.[0]?.bytes ?? 0;
  if (single.some((runs) => runs.some((run) => run.bytes !== bytes)))
    throw new Error("A proxy returned a different number of bytes.");

  const rates: number[][] = urls.map(() => []);
  for (let i = 0; i < CONCURRENT_ROUNDS; i++)
    for (const [index, { url, around }] of paths.entries()) {
      const round = () => concurrentThroughput(url);
      rates[index]?.push(await (around ? around(round) : round()));
    }
  return urls.map((_, index) => ({
    totalMs: median((single[index] ?? []).map((run) => run.totalMs)),
    ttfbMs: median((single[index] ?? []).map((run) => run.ttfbMs)),
    rate: median(rates[index] ?? []),
  }));
}

/** Lets the process end: the agent keeps its idle connections open otherwise. */
export function closeConnections(): void {
  agent.destroy();
}
