import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startAimock } from "./aimock-peer";
import type { BudgetName, Figure } from "./budgets";
import { waitUntilServing } from "./child-server";
import {
  alternatingRates,
  CONNECTIONS,
  MEASURE_SECONDS,
  requestsPerSecond,
  type LoadRequest,
} from "./load";
import { processTreeRss, scriptProcess, startNextServer } from "./next-server";
import { stopChild, stopOnExit } from "./stop-child";
import { startStoreFloor, type FloorSamples } from "./store-floor";

/**
 * The engine's HTTP throughput at 16 connections with autocannon, as issue 9 measures it: standalone
 * (`npm run engine`, a child process) and inside Next (`npm start` of the build), both unpaced
 * (LOCAL_ENGINE_TOKENS_PER_SECOND=0) on a fresh database, plus the servers' peak resident memory.
 */
const STANDALONE_PORT = 4391;
const NEXT_PORT = 4392;
const INPUT = "Say hello to the benchmark.";

const createBody = (stream: boolean) => ({
  model: "local-echo",
  input: INPUT,
  stream,
  store: true,
});

/** The bench's create at `url` (a `/v1/responses`), streamed or not. */
const createLoad = (url: string, stream: boolean): LoadRequest => ({
  url,
  method: "POST",
  body: createBody(stream),
});

const createsPerSecond = (url: string, stream: boolean) =>
  requestsPerSecond(createLoad(url, stream));

/** Runs `load` while sampling a server's resident memory: its result and the peak in MiB (2^20 bytes). */
async function withPeakRss<T>(
  rssMb: () => number,
  load: () => Promise<T>,
): Promise<[T, number]> {
  const sample = () => (rssMb() * 1e6) / 2 ** 20;
  let peak = sample();
  const timer = setInterval(() => (peak = Math.max(peak, sample())), 200);
  try {
    const result = await load();
    return [result, Math.max(peak, sample())];
  } finally {
    clearInterval(timer);
  }
}

/** The engine's answer to one create, as text: a stored response's JSON, or the event stream of one. */
async function createAnswer(baseURL: string, stream: boolean): Promise<string> {
  const response = await fetch(`${baseURL}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(createBody(stream)),
  });
  if (!response.ok)
    throw new Error(`Creating a response failed: ${response.status}`);
  return response.text();
}

interface Rates {
  creates: number;
  streamed: number;
  retrieves: number;
  /** The response the retrieves read, and the event stream of a streamed create, for the store floor. */
  samples: FloorSamples;
}

async function measureRates(baseURL: string): Promise<Rates> {
  const url = `${baseURL}/responses`;
  const creates = await createsPerSecond(url, false);
  const streamed = await createsPerSecond(url, true);
  const response = await createAnswer(baseURL, false);
  const { id } = JSON.parse(response) as { id: string };
  const retrieves = await requestsPerSecond({ url: `${url}/${id}` });
  const samples = { response, stream: await createAnswer(baseURL, true) };
  return { creates, streamed, retrieves, samples };
}

/**
 * `npm run engine` exactly as documented (its build, its node flags); the measured process is the server
 * npm runs (the script execs node), not npm itself.
 */
async function startStandalone(env: Record<string, string>) {
  const child = stopOnExit(
    spawn("npm", ["run", "--silent", "engine"], {
      env: { ...process.env, ...env, ENGINE_PORT: String(STANDALONE_PORT) },
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );
  const baseURL = `http://127.0.0.1:${STANDALONE_PORT}/v1`;
  await waitUntilServing(`${baseURL}/models`, child, "npm run engine");
  return {
    baseURL,
    pid: scriptProcess(child, "npm run engine"),
    stop: () => stopChild(child),
  };
}

/** Creates, streamed creates and peak RSS of one server, each beside its budget. */
function serverFigures(
  where: string,
  rates: Rates,
  peakMib: number,
  budgets: { creates: BudgetName; streamed: BudgetName },
): Figure[] {
  return [
    {
      label: `${where}: creates (stream: false)`,
      value: rates.creates,
      unit: "req/s",
      budget: budgets.creates,
    },
    {
      label: `${where}: streamed creates (whole SSE read)`,
      value: rates.streamed,
      unit: "req/s",
      budget: budgets.streamed,
    },
    {
      label: `${where}: server peak RSS`,
      value: peakMib,
      unit: "MiB",
      budget: "engineServerRssMib",
    },
  ];
}

async function measureStandalone(dir: string): Promise<Figure[]> {
  const server = await startStandalone({
    LOCAL_ENGINE_DB: join(dir, "standalone.sqlite"),
    LOCAL_ENGINE_TOKENS_PER_SECOND: "0",
  });
  // Stopped before the floor runs, so the two never share the machine.
  const [rates, peakMib] = await withPeakRss(
    processTreeRss(server.pid),
    async () => {
      const measured = await measureRates(server.baseURL);
      await printPeer(dir, server.baseURL, measured.samples);
      return measured;
    },
  ).finally(() => server.stop());
  const floor = await storeFloorRates(dir, rates.samples);
  console.log(
    `standalone, the floor: Node's HTTP server storing each create through the engine's store (no validation, model or tokenizer) ${Math.round(floor.creates)} req/s; answering each with the engine's event stream for one (${Buffer.byteLength(rates.samples.stream)} bytes, written at once) ${Math.round(floor.streamed)} req/s`,
  );
  return [
    ...serverFigures("standalone", rates, peakMib, {
      creates: "engineStandaloneCreatesPerSecond",
      streamed: "engineStandaloneStreamedCreatesPerSecond",
    }),
    {
      label: "standalone: retrieves",
      value: rates.retrieves,
      unit: "req/s",
      budget: "engineStandaloneRetrievesPerSecond",
    },
  ];
}

/** How many text deltas an event stream sends. */
export function textDeltaCount(stream: string): number {
  return stream.split("event: response.output_text.delta\n").length - 1;
}

/**
 * The peer measured in this run, as the issue measured it (same load, same sitting), answering the same text,
 * in windows alternating with the engine's: the engine's budgets are the peer's rates on the machine, and this
 * says how the two compare on this one. The peer's default 20-character deltas make fewer events than the engine's
 * one per token, so streamed creates are also compared with the peer sending about as many deltas as the engine.
 */
async function printPeer(
  dir: string,
  engineURL: string,
  samples: FloorSamples,
): Promise<void> {
  const { output } = JSON.parse(samples.response) as {
    output: { content: { text: string }[] }[];
  };
  const text = output[0]?.content[0]?.text ?? "";
  const deltas = textDeltaCount(samples.stream);
  const chunkSize = Math.max(1, Math.round(text.length / deltas));
  const compare = (peer: { origin: string }, stream: boolean) =>
    alternatingRates([
      createLoad(`${engineURL}/responses`, stream),
      createLoad(`${peer.origin}/v1/responses`, stream),
    ]);
  const atDefaults = await startAimock(dir, { userMessage: INPUT, text });
  const [[creates, streamed], peakMib] = await withPeakRss(
    processTreeRss(atDefaults.pid),
    async () =>
      [
        await compare(atDefaults, false),
        await compare(atDefaults, true),
      ] as const,
  ).finally(() => atDefaults.stop());
  const perToken = await startAimock(dir, {
    userMessage: INPUT,
    text,
    chunkSize,
  });
  const streamedPerToken = await compare(perToken, true).finally(() =>
    perToken.stop(),
  );
  const rate = ([engine, aimock]: [number, number]) =>
    `${Math.round(aimock)} req/s against the engine's ${Math.round(engine)} (the engine ${(engine / aimock).toFixed(2)}×)`;
  console.log(
    [
      `standalone, the peer: @copilotkit/aimock ${atDefaults.version} (a fixture mock: no validation, no storage) answering the same request with the engine's answer text, in 3 s windows alternating with the engine's (9 s each): creates ${rate(creates)}, streamed creates ${rate(streamed)}, peak RSS ${Math.round(peakMib)} MiB`,
      `standalone, the peer sending about as many text deltas as the engine's ${deltas} (--chunk-size ${chunkSize}, ${Math.ceil(text.length / chunkSize)} deltas; by default 20 characters each, ${Math.ceil(text.length / 20)}): streamed creates ${rate(streamedPerToken)}`,
    ].join("\n"),
  );
}

/** Creates and streamed creates per second of the store floor (`bench/store-floor.ts`), on a database of its own, the engine stopped. */
async function storeFloorRates(dir: string, samples: FloorSamples) {
  const floor = await startStoreFloor(join(dir, "floor.sqlite"), samples);
  const create = (stream: boolean) =>
    createsPerSecond(`${floor.origin}/v1/responses`, stream);
  try {
    return { creates: await create(false), streamed: await create(true) };
  } finally {
    await floor.stop();
  }
}

/** The floor under every figure inside Next: a route of this app that does no engine work, on a server of its own. */
async function measureNextFloor(dir: string): Promise<[number, number]> {
  const server = await startNextServer(NEXT_PORT, {
    LOCAL_ENGINE_DB: join(dir, "next-floor.sqlite"),
  });
  try {
    return await withPeakRss(
      () => server.rssMb(),
      () => requestsPerSecond({ url: `${server.url}/api/upstreams` }),
    );
  } finally {
    await server.stop();
  }
}

async function measureNext(dir: string): Promise<Figure[]> {
  const [floor, floorPeakMib] = await measureNextFloor(dir);
  // A fresh server, so the engine's figures are not those of a server that has just served the floor's load.
  const server = await startNextServer(NEXT_PORT, {
    LOCAL_ENGINE_DB: join(dir, "next.sqlite"),
    LOCAL_ENGINE_TOKENS_PER_SECOND: "0",
  });
  try {
    const [rates, peakMib] = await withPeakRss(
      () => server.rssMb(),
      () => measureRates(`${server.url}/v1`),
    );
    // The issue sets no budget for retrieves inside Next; the figure is printed for comparison only.
    console.log(
      [
        `inside Next: retrieves ${Math.round(rates.retrieves)} req/s (no budget)`,
        `inside Next, the floor: GET /api/upstreams (no engine work, through Next's router) ${Math.round(floor)} req/s, server peak RSS ${Math.round(floorPeakMib)} MiB`,
      ].join("\n"),
    );
    return serverFigures("inside Next", rates, peakMib, {
      creates: "engineNextCreatesPerSecond",
      streamed: "engineNextStreamedCreatesPerSecond",
    });
  } finally {
    await server.stop();
  }
}

/** The `engine` section of `npm run bench`. */
export async function benchEngine(): Promise<Figure[]> {
  console.log(
    `autocannon, ${CONNECTIONS} connections, ${MEASURE_SECONDS} s per figure after a warmup`,
  );
  const dir = mkdtempSync(join(tmpdir(), "bench-engine-"));
  try {
    return [...(await measureStandalone(dir)), ...(await measureNext(dir))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
