import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Figure } from "./budgets";
import { startByteRelay } from "./byte-relay";
import { startFirehose } from "./firehose-upstream";
import { startNextServer, type NextServer } from "./next-server";
import { startPlainProxy } from "./plain-proxy";
import { quietMachine } from "./quiet-machine";

/**
 * The proxy section: one and sixteen 20k-delta streams read whole, straight from the firehose and through
 * `/api/proxy/firehose/v1/responses` of a production server, plus the server's peak memory under the sixteen;
 * the same streams through a plain Node proxy and through a byte relay are the floors printed beside them.
 */
const DELTAS = 20_000;
const CONCURRENT = 16;
const WARMUP_STREAMS = 8;
const SINGLE_ROUNDS = 15;
const CONCURRENT_ROUNDS = 5;
const RSS_SAMPLE_MS = 20;
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

/** Keep-alive on both paths, so neither measures connection set-up the other skips. */
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

interface PathFigures {
  totalMs: number;
  ttfbMs: number;
  /** Bytes per second with {@link CONCURRENT} streams at once. */
  rate: number;
}

interface Path {
  url: string;
  /** Wraps each of this path's concurrent rounds (to sample the server's memory meanwhile). */
  around?: (run: () => Promise<number>) => Promise<number>;
}

/** Each path's single-stream and concurrent figures, the paths taken in turn round by round so the machine's noise spreads over all of them. */
async function measurePaths(paths: readonly Path[]): Promise<PathFigures[]> {
  const urls = paths.map((path) => path.url);
  for (let i = 0; i < WARMUP_STREAMS; i++)
    for (const url of urls) await readStream(url);
  for (const url of urls)
    await Promise.all(
      Array.from({ length: CONCURRENT }, () => readStream(url)),
    );

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

/** Samples the Next server's resident memory while its concurrent rounds run. */
function rssSampler(server: NextServer) {
  let peakMb = server.rssMb();
  return {
    peakMb: () => peakMb,
    async during(run: () => Promise<number>): Promise<number> {
      const timer = setInterval(() => {
        peakMb = Math.max(peakMb, server.rssMb());
      }, RSS_SAMPLE_MS);
      try {
        return await run();
      } finally {
        clearInterval(timer);
      }
    },
  };
}

interface ProxyPaths {
  direct: string;
  proxied: string;
  /** The same request through the plain Node proxy and through the byte relay. */
  plain: string;
  relay: string;
}

async function measure(
  urls: ProxyPaths,
  server: NextServer,
): Promise<Figure[]> {
  const rss = rssSampler(server);
  const [straight, next, floor, relay] = (await measurePaths([
    { url: urls.direct },
    { url: urls.proxied, around: (run) => rss.during(run) },
    { url: urls.plain },
    { url: urls.relay },
  ])) as [PathFigures, PathFigures, PathFigures, PathFigures];
  const against = (path: PathFigures) =>
    `${(path.totalMs / straight.totalMs).toFixed(2)}× one stream, ${(path.rate / straight.rate).toFixed(2)}× throughput, +${(path.ttfbMs - straight.ttfbMs).toFixed(2)} ms first byte`;
  const mb = (rate: number) => (rate / 1e6).toFixed(1);
  const describe = (name: string, path: PathFigures) =>
    `${name}: one stream ${path.totalMs.toFixed(1)} ms (first byte ${path.ttfbMs.toFixed(2)} ms), ${CONCURRENT} at once ${mb(path.rate)} MB/s`;
  console.log(
    [
      `${DELTAS}-delta streams; single: median of ${SINGLE_ROUNDS}, concurrent: median of ${CONCURRENT_ROUNDS}`,
      describe("direct", straight),
      describe("through the app's proxy", next),
      describe(
        "through a plain Node proxy (no Next; the floor of Node's HTTP server)",
        floor,
      ),
      describe(
        "through a byte relay (no HTTP at all: what passing the bytes on costs)",
        relay,
      ),
      `floors, for comparison with the figures below: plain proxy ${against(floor)}; byte relay ${against(relay)}`,
    ].join("\n"),
  );
  return [
    {
      label: "proxy ÷ direct, one stream, total time",
      value: next.totalMs / straight.totalMs,
      unit: "×",
      budget: "proxySingleStreamTimeRatio",
    },
    {
      label: `proxy ÷ direct, ${CONCURRENT} streams, throughput`,
      value: next.rate / straight.rate,
      unit: "×",
      budget: "proxyConcurrentThroughputRatio",
    },
    {
      label: "time to first byte added by the proxy",
      value: next.ttfbMs - straight.ttfbMs,
      unit: "ms",
      budget: "proxyAddedTtfbMs",
    },
    {
      label: `server RSS, peak during ${CONCURRENT} streams`,
      value: rss.peakMb(),
      unit: "MB",
      budget: "proxyServerRssMb",
    },
  ];
}

export async function benchProxy(): Promise<Figure[]> {
  const firehose = await startFirehose();
  const dataDir = mkdtempSync(join(tmpdir(), "proxy-bench-"));
  let server: NextServer | undefined;
  let plain: Awaited<ReturnType<typeof startPlainProxy>> | undefined;
  let relay: Awaited<ReturnType<typeof startByteRelay>> | undefined;
  try {
    const direct = firehose.baseURL(DELTAS);
    plain = await startPlainProxy(new URL(direct).origin);
    relay = await startByteRelay(new URL(direct).origin);
    server = await startNextServer(await freePort(), {
      PLAYGROUND_UPSTREAMS: JSON.stringify([
        { id: "firehose", label: "Firehose", baseURL: direct },
      ]),
      LOCAL_ENGINE_DB: join(dataDir, "engine.sqlite"),
    });
    const { pathname } = new URL(direct);
    await quietMachine();
    return await measure(
      {
        direct: `${direct}/responses`,
        proxied: `${server.url}/api/proxy/firehose/v1/responses`,
        plain: `${plain.origin}${pathname}/responses`,
        relay: `${relay.origin}${pathname}/responses`,
      },
      server,
    );
  } finally {
    agent.destroy();
    await server?.stop();
    await plain?.stop();
    await relay?.stop();
    await firehose.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
