import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Figure } from "./budgets";
import { startFirehose } from "./firehose-upstream";
import { startNextServer, type NextServer } from "./next-server";

/**
 * The proxy section: one and sixteen 20k-delta streams read whole, straight from the firehose and through
 * `/api/proxy/firehose/v1/responses` of a production server, plus the server's peak memory under the sixteen.
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

async function measure(
  direct: string,
  proxied: string,
  server: NextServer,
): Promise<Figure[]> {
  for (let i = 0; i < WARMUP_STREAMS; i++) {
    await readStream(direct);
    await readStream(proxied);
  }
  await Promise.all(
    Array.from({ length: CONCURRENT }, () => readStream(proxied)),
  );

  // Alternating the two paths spreads the machine's noise over both.
  const directRuns: StreamTiming[] = [];
  const proxyRuns: StreamTiming[] = [];
  for (let i = 0; i < SINGLE_ROUNDS; i++) {
    directRuns.push(await readStream(direct));
    proxyRuns.push(await readStream(proxied));
  }
  const directMs = median(directRuns.map((run) => run.totalMs));
  const proxyMs = median(proxyRuns.map((run) => run.totalMs));
  const directTtfb = median(directRuns.map((run) => run.ttfbMs));
  const proxyTtfb = median(proxyRuns.map((run) => run.ttfbMs));
  const directBytes = directRuns[0]?.bytes ?? 0;
  if (proxyRuns.some((run) => run.bytes !== directBytes))
    throw new Error("The proxy returned a different number of bytes.");

  let peakRssMb = server.rssMb();
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, server.rssMb());
  }, RSS_SAMPLE_MS);
  const directRates: number[] = [];
  const proxyRates: number[] = [];
  try {
    for (let i = 0; i < CONCURRENT_ROUNDS; i++) {
      directRates.push(await concurrentThroughput(direct));
      proxyRates.push(await concurrentThroughput(proxied));
    }
  } finally {
    clearInterval(sampler);
  }
  const directRate = median(directRates);
  const proxyRate = median(proxyRates);
  const mb = (rate: number) => (rate / 1e6).toFixed(1);

  console.log(
    [
      `one ${DELTAS}-delta stream (${(directBytes / 1e6).toFixed(2)} MB), median of ${SINGLE_ROUNDS}: direct ${directMs.toFixed(1)} ms, proxy ${proxyMs.toFixed(1)} ms`,
      `time to first byte, median: direct ${directTtfb.toFixed(2)} ms, proxy ${proxyTtfb.toFixed(2)} ms`,
      `${CONCURRENT} streams at once, median of ${CONCURRENT_ROUNDS}: direct ${mb(directRate)} MB/s, proxy ${mb(proxyRate)} MB/s`,
    ].join("\n"),
  );
  return [
    {
      label: "proxy ÷ direct, one stream, total time",
      value: proxyMs / directMs,
      unit: "×",
      budget: "proxySingleStreamTimeRatio",
    },
    {
      label: `proxy ÷ direct, ${CONCURRENT} streams, throughput`,
      value: proxyRate / directRate,
      unit: "×",
      budget: "proxyConcurrentThroughputRatio",
    },
    {
      label: "time to first byte added by the proxy",
      value: proxyTtfb - directTtfb,
      unit: "ms",
      budget: "proxyAddedTtfbMs",
    },
    {
      label: `server RSS, peak during ${CONCURRENT} streams`,
      value: peakRssMb,
      unit: "MB",
      budget: "proxyServerRssMb",
    },
  ];
}

export async function benchProxy(): Promise<Figure[]> {
  const firehose = await startFirehose();
  const dataDir = mkdtempSync(join(tmpdir(), "proxy-bench-"));
  let server: NextServer | undefined;
  try {
    const direct = firehose.baseURL(DELTAS);
    server = await startNextServer(await freePort(), {
      PLAYGROUND_UPSTREAMS: JSON.stringify([
        { id: "firehose", label: "Firehose", baseURL: direct },
      ]),
      LOCAL_ENGINE_DB: join(dataDir, "engine.sqlite"),
    });
    return await measure(
      `${direct}/responses`,
      `${server.url}/api/proxy/firehose/v1/responses`,
      server,
    );
  } finally {
    agent.destroy();
    await server?.stop();
    await firehose.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
