import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Figure } from "./budgets";
import { startByteRelay } from "./byte-relay";
import { startFirehose } from "./firehose-upstream";
import { startNextServer, type NextServer } from "./next-server";
import { startPlainProxy } from "./plain-proxy";
import { startProductionProxies } from "./production-proxies";
import { separateCores } from "./cpu-pinning";
import { quietMachine } from "./quiet-machine";
import { leanClient, nodeClient } from "./stream-readers";
import {
  CONCURRENT,
  CONCURRENT_ROUNDS,
  measurePaths,
  SINGLE_ROUNDS,
  WARMUP_ROUNDS,
  WARMUP_SHORT_STREAMS,
  type PathFigures,
} from "./stream-rounds";

/**
 * The proxy section: one and sixteen 20k-delta streams read whole, straight from the firehose and through
 * `/api/proxy/firehose/v1/responses` of a production server, plus the server's peak memory under the sixteen;
 * the same streams through a plain Node proxy, a byte relay, and nginx and haproxy when installed, are the
 * floors printed beside them. The budgeted figures come from a client that allocates nothing per read, so the
 * paths, not the client's own collections, are what they measure; Node's own client reads every path again
 * after it, printed with no budget.
 */
const DELTAS = 20_000;
/** The warm-up's streams: the same request, answered with a handful of deltas. */
const SHORT_DELTAS = 10;
const RSS_SAMPLE_MS = 20;
/** Short streams before the second client's rounds: the servers are warm by then, the client's own code is not. */
const SECOND_PASS_WARMUP_SHORT_STREAMS = 200;

/**
 * The machine's TCP congestion control (Linux). BBR paces each connection's sends by what that connection
 * carried before, which moved a direct single stream between 0.74 and 1.48 ms where cubic kept it at
 * 0.63-0.77 ms, so the single-stream ratios are read with it in mind.
 */
function congestionControl(): string {
  try {
    const name = readFileSync(
      "/proc/sys/net/ipv4/tcp_congestion_control",
      "utf8",
    ).trim();
    return name === "bbr"
      ? "TCP congestion control: bbr, which paces each connection by what it carried before, so a single stream's time, the direct one's most, moves with its connection's history (bench/README.md)"
      : `TCP congestion control: ${name}`;
  } catch {
    return "TCP congestion control: not known (no /proc)";
  }
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

/** A server the streams are also read through, printed beside the app's proxy for comparison. */
interface Floor {
  /** Its name in the comparison line. */
  name: string;
  /** What it is, in the line of its figures. */
  description: string;
  origin: string;
}

/** A difference with its sign, "+0.25" or "-0.15". */
function signed(value: number): string {
  return `${value < 0 ? "-" : "+"}${Math.abs(value).toFixed(2)}`;
}

/** How a path compares with direct, one stream, 16 at once and first byte. */
function against(path: PathFigures, straight: PathFigures): string {
  return `${(path.totalMs / straight.totalMs).toFixed(2)}× one stream, ${(path.rate / straight.rate).toFixed(2)}× throughput, ${signed(path.ttfbMs - straight.ttfbMs)} ms first byte`;
}

async function measure(
  firehose: (deltas: number) => string,
  server: NextServer,
  floors: readonly Floor[],
): Promise<Figure[]> {
  const rss = rssSampler(server);
  const through = (origin: string) => ({
    url: `${origin}${new URL(firehose(DELTAS)).pathname}/responses`,
    shortURL: `${origin}${new URL(firehose(SHORT_DELTAS)).pathname}/responses`,
  });
  const paths = [
    through(new URL(firehose(DELTAS)).origin),
    {
      url: `${server.url}/api/proxy/firehose/v1/responses`,
      shortURL: `${server.url}/api/proxy/firehose-short/v1/responses`,
      around: (run: () => Promise<number>) => rss.during(run),
    },
    ...floors.map((floor) => through(floor.origin)),
  ];
  const [straight, next, ...measured] = (await measurePaths(paths, leanClient, {
    warmupShortStreams: WARMUP_SHORT_STREAMS,
    warmupRounds: WARMUP_ROUNDS,
  }).finally(leanClient.close)) as [PathFigures, PathFigures, ...PathFigures[]];
  const node = nodeClient(CONCURRENT * 2);
  const [nodeStraight, ...nodePaths] = (await measurePaths(paths, node, {
    warmupShortStreams: SECOND_PASS_WARMUP_SHORT_STREAMS,
    warmupRounds: 1,
  }).finally(node.close)) as [PathFigures, ...PathFigures[]];
  const names = ["the app", ...floors.map((floor) => floor.name)];
  const mb = (rate: number) => (rate / 1e6).toFixed(1);
  const figures = (path: PathFigures) =>
    `one stream ${path.totalMs.toFixed(1)} ms (first byte ${path.ttfbMs.toFixed(2)} ms), ${CONCURRENT} at once ${mb(path.rate)} MB/s`;
  const collections = ({ clientCollections }: PathFigures) =>
    `${clientCollections.single.toFixed(2)} and ${clientCollections.concurrent.toFixed(1)}`;
  console.log(
    [
      congestionControl(),
      `${DELTAS}-delta streams read by a client that allocates nothing per read (bench/lean-http-client.ts, as wrk reads), each path warmed first with ${WARMUP_SHORT_STREAMS} of ${SHORT_DELTAS} deltas and ${WARMUP_ROUNDS} rounds of ${CONCURRENT} full streams; single: median of ${SINGLE_ROUNDS}, concurrent: median of ${CONCURRENT_ROUNDS}`,
      `direct: ${figures(straight)}`,
      `through the app's proxy: ${figures(next)}`,
      ...floors.map(
        (floor, index) =>
          `through ${floor.description}: ${figures(measured[index] as PathFigures)}`,
      ),
      `the same read again by Node's HTTP client, as a Node program reads them (no budget): direct ${figures(nodeStraight)}; ${nodePaths.map((path, index) => `${names[index]} ${against(path, nodeStraight)}`).join("; ")}`,
      `  Node's client's own full collections, per single stream and per round of ${CONCURRENT} (each round after one made on purpose): direct ${collections(nodeStraight)}, ${nodePaths.map((path, index) => `${names[index]} ${collections(path)}`).join(", ")}`,
      `floors, for comparison with the figures below: ${floors.map((floor, index) => `${floor.name} ${against(measured[index] as PathFigures, straight)}`).join("; ")}`,
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
  const stops: (() => Promise<void>)[] = [];
  try {
    const origin = new URL(firehose.baseURL(DELTAS)).origin;
    const plain = await startPlainProxy(origin);
    stops.push(plain.stop);
    const relay = await startByteRelay(origin);
    stops.push(relay.stop);
    const production = await startProductionProxies(origin, [
      await freePort(),
      await freePort(),
    ]);
    stops.push(() => production.stop());
    const server = await startNextServer(await freePort(), {
      PLAYGROUND_UPSTREAMS: JSON.stringify([
        {
          id: "firehose",
          label: "Firehose",
          baseURL: firehose.baseURL(DELTAS),
        },
        {
          id: "firehose-short",
          label: "Firehose, short",
          baseURL: firehose.baseURL(SHORT_DELTAS),
        },
      ]),
      LOCAL_ENGINE_DB: join(dataDir, "engine.sqlite"),
    });
    stops.push(() => server.stop());
    separateCores([
      plain.pid,
      relay.pid,
      server.pid,
      ...production.proxies.map((proxy) => proxy.pid),
    ]);
    await quietMachine();
    return await measure((deltas) => firehose.baseURL(deltas), server, [
      {
        name: "plain proxy",
        description:
          "a plain Node proxy (no Next; the floor of Node's HTTP server)",
        origin: plain.origin,
      },
      {
        name: "byte relay",
        description:
          "a byte relay (no HTTP at all: what passing the bytes on costs)",
        origin: relay.origin,
      },
      ...production.proxies.map((proxy) => ({
        name: proxy.name,
        description: `${proxy.name} (a proxy in C, one thread, unbuffered)`,
        origin: proxy.origin,
      })),
    ]);
  } finally {
    for (const stop of stops.reverse()) await stop();
    await firehose.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
