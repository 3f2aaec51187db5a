import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import OpenAI from "openai";
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";
import { createEngine, type Engine } from "../lib/engine/engine";
import {
  readSse,
  reduceEvents,
  toRunEvent,
  type RunEvent,
} from "../lib/protocol";

// Measures the local engine in-process through the official SDK; prints figures, asserts nothing.

const MODEL = "local-echo";
const INPUT =
  "Summarise the plot of a short story about a lighthouse keeper who finds a message in a bottle.";
const MAX_ITERATIONS = 2_000;
const MAX_SECONDS = 5;
const WARMUP = 20;

type Result = { name: string; value: number; unit: string; budget: number };

async function rate(
  run: (i: number) => Promise<unknown>,
): Promise<{ perSecond: number; iterations: number }> {
  for (let i = 0; i < WARMUP; i++) await run(i);
  const start = performance.now();
  let iterations = 0;
  while (
    iterations < MAX_ITERATIONS &&
    performance.now() - start < MAX_SECONDS * 1000
  ) {
    await run(iterations);
    iterations++;
  }
  const seconds = (performance.now() - start) / 1000;
  return { perSecond: iterations / seconds, iterations };
}

/** A deterministic mix of prose, code and JSON, so the tokenizer sees varied text. */
function sampleText(bytes: number): string {
  const pieces = [
    "The quick brown fox jumps over the lazy dog; naïve café owners réveillent à l'aube. ",
    "function add(a: number, b: number): number { return a + b; }\n",
    '{"id":"resp_123","object":"response","status":"completed","output":[]}\n',
    "数据库连接已建立。 Die Antwort ist zweiundvierzig. 🚀 Launch at 09:30 UTC.\n",
  ];
  let text = "";
  for (let i = 0; text.length < bytes; i++) text += pieces[i % pieces.length];
  return text;
}

function tokenThroughput(): number {
  const text = sampleText(1_000_000);
  const megabytes = Buffer.byteLength(text) / 1_000_000;
  countTokens(text.slice(0, 10_000));
  const rounds = 3;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) countTokens(text);
  return (megabytes * rounds) / ((performance.now() - start) / 1000);
}

/** Events of one long streamed answer, parsed the way the playground parses them. */
async function longRunEvents(engine: Engine): Promise<RunEvent[]> {
  const response = await engine.handle(
    new Request("http://engine.bench/v1/responses", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        model: MODEL,
        input: "/words 20000",
        stream: true,
        store: false,
      }),
    }),
  );
  const events: RunEvent[] = [];
  if (response.body) {
    await readSse(response.body, {
      onEvent: (message) =>
        events.push(toRunEvent(message, events.length, events.length)),
    });
  }
  return events;
}

/** How many stream events per second the playground's reducer folds into the output tree. */
function reducerThroughput(events: RunEvent[]): number {
  reduceEvents(events.slice(0, 1_000));
  const rounds = 5;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) reduceEvents(events);
  return (events.length * rounds) / ((performance.now() - start) / 1000);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "engine-bench-"));
  const engine = createEngine({
    dbPath: join(dir, "engine.sqlite"),
    tokensPerSecond: 0,
  });
  const client = new OpenAI({
    baseURL: "http://engine.bench/v1",
    apiKey: "bench",
    maxRetries: 0,
    fetch: (url, init) => engine.handle(new Request(url, init)),
  });
  const results: Result[] = [];
  try {
    const ids: string[] = [];
    const created = await rate(async (i) => {
      const response = await client.responses.create({
        model: MODEL,
        input: `${INPUT} (#${i})`,
        store: true,
      });
      ids.push(response.id);
    });
    results.push({
      name: "create, non-streamed, store: true",
      value: created.perSecond,
      unit: "creates/s",
      budget: 300,
    });

    const streamed = await rate(async (i) => {
      const stream = await client.responses.create({
        model: MODEL,
        input: `${INPUT} (#${i})`,
        store: true,
        stream: true,
      });
      for await (const event of stream) void event;
    });
    results.push({
      name: "create, streamed to the end, store: true",
      value: streamed.perSecond,
      unit: "creates/s",
      budget: 150,
    });

    const retrieved = await rate(async (i) => {
      const id = ids[i % ids.length];
      if (id) await client.responses.retrieve(id);
    });
    results.push({
      name: "retrieve",
      value: retrieved.perSecond,
      unit: "retrieves/s",
      budget: 1_000,
    });

    results.push({
      name: "reducer, 20000-word stream",
      value: reducerThroughput(await longRunEvents(engine)),
      unit: "events/s",
      budget: 100_000,
    });

    results.push({
      name: "token counting (o200k_base)",
      value: tokenThroughput(),
      unit: "MB/s",
      budget: 2,
    });
  } finally {
    engine.close();
    rmSync(dir, { recursive: true, force: true });
  }

  console.log(
    `Engine benchmark (in-process, tokensPerSecond 0, at most ${MAX_ITERATIONS} iterations or ${MAX_SECONDS}s each)\n`,
  );
  for (const r of results) {
    const verdict = r.value >= r.budget ? "meets budget" : "BELOW budget";
    console.log(
      `${r.name.padEnd(42)} ${r.value.toFixed(1).padStart(9)} ${r.unit.padEnd(12)} budget >= ${r.budget} ${r.unit}  ${verdict}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
