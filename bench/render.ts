import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../scripts/find-chromium";
import type { Figure } from "./budgets";
import { startFirehose } from "./firehose-upstream";
import { startNextServer } from "./next-server";
import {
  collect,
  fetchToLastByte,
  instrument,
  RUNS_PER_SIZE,
  upstreamId,
  type FloorTimes,
  type RunTimes,
} from "./render-page";
import { measureWithoutDevTools } from "./render-without-devtools";

/**
 * The render section: Send → streamed text in the DOM, in a real Chromium against `npm start`, with a
 * firehose upstream and the event inspector open and live throughout.
 */
const SIZES = [2_000, 10_000, 20_000] as const;
const PORT = Number(process.env.BENCH_RENDER_PORT ?? 3710);

async function runOnce(page: Page, deltas: number): Promise<RunTimes> {
  const restart = page.getByRole("button", { name: "New conversation" });
  if (await restart.isEnabled()) await restart.click();
  await page
    .getByRole("textbox", { name: "Input", exact: true })
    .fill("firehose");
  await page.evaluate(instrument);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await page.waitForFunction(
    () =>
      (window as unknown as { __bench: { finalText: number } }).__bench
        .finalText >= 0,
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  // The proxy request's Resource Timing entry is added once its body has been read to the end.
  await page.waitForTimeout(200);
  const result = await page.evaluate(
    collect,
    `/api/proxy/${upstreamId(deltas)}/v1/responses`,
  );
  if (typeof result === "string") throw new Error(result);
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

async function measureSize(browser: Browser, url: string, deltas: number) {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
  });
  try {
    // tsx keeps function names with an `__name` helper that functions passed to the page also call.
    await page.addInitScript("globalThis.__name = (target) => target");
    await page.goto(url);
    await page
      .getByRole("combobox", { name: "Upstream" })
      .selectOption(upstreamId(deltas));
    await page.getByRole("tab", { name: "Events", exact: true }).click();
    const path = `/api/proxy/${upstreamId(deltas)}/v1/responses`;
    const sent = page.waitForRequest((request) => request.url().endsWith(path));
    await runOnce(page, deltas); // Warm-up: code paths compiled, chunks loaded.
    const body = (await sent).postData() ?? "";
    const runs: RunTimes[] = [];
    const floors: FloorTimes[] = [];
    const parsedFloors: FloorTimes[] = [];
    for (let i = 0; i < RUNS_PER_SIZE; i++) {
      runs.push(await runOnce(page, deltas));
      floors.push(
        await page.evaluate(fetchToLastByte, { path, body, parse: false }),
      );
    }
    // After every run, so the garbage of 20,000 parsed events is never the next run's to collect.
    for (let i = 0; i < RUNS_PER_SIZE; i++)
      parsedFloors.push(
        await page.evaluate(fetchToLastByte, { path, body, parse: true }),
      );
    return { runs, floors, parsedFloors, body };
  } finally {
    await page.close();
  }
}

const finalText = (run: RunTimes) => run.finalText - run.click;
const firstText = (run: RunTimes) => run.firstText - run.firstByte;
const longest = (run: RunTimes) => run.longestTask;

interface SizeTimes {
  runs: RunTimes[];
  /** The same request fetched by the page, read to the last byte. */
  floors: FloorTimes[];
  /** The same again with every event decoded and parsed as it arrives. */
  parsedFloors: FloorTimes[];
}

/** Prints each run and each floor of one size. */
function printRuns(
  label: string,
  { runs, floors, parsedFloors }: SizeTimes,
): void {
  const samples = (pick: (run: RunTimes) => number) =>
    runs.map((run) => Math.round(pick(run))).join(", ");
  console.log(
    `  ${label}: final ${samples(finalText)} ms; first after byte ${samples(firstText)} ms; longest task ${samples(longest)} ms (0 = none ≥ 50 ms)`,
  );
  const printFloors = (what: string, times: FloorTimes[]) => {
    const floorSamples = (pick: (floor: FloorTimes) => number) =>
      times.map((floor) => Math.round(pick(floor))).join(", ");
    console.log(
      `  ${label}, floor (${what}): ${floorSamples((floor) => floor.lastByte)} ms, median ${Math.round(median(times.map((floor) => floor.lastByte)))} ms; first byte ${floorSamples((floor) => floor.firstByte)} ms; longest task ${floorSamples((floor) => floor.longestTask)} ms`,
    );
  };
  printFloors("fetch → last byte, nothing parsed or rendered", floors);
  printFloors(
    "fetch → last byte, every event parsed, nothing rendered",
    parsedFloors,
  );
}

function figures(
  deltas: number,
  measured: SizeTimes,
  withoutDevTools: SizeTimes,
): Figure[] {
  const label = `${deltas.toLocaleString("en-US")} deltas`;
  const { runs } = measured;
  printRuns(label, measured);
  // Informational, no budget: what a browser with DevTools closed measures, the floor included.
  printRuns(`${label} without DevTools' Network domain`, withoutDevTools);
  return [
    {
      label: `render: Send → final text, ${label} (median)`,
      value: median(runs.map(finalText)),
      unit: "ms",
      budget: "renderFinalTextMs",
    },
    {
      label: `render: first byte → first text, ${label} (median)`,
      value: median(runs.map(firstText)),
      unit: "ms",
      budget: "renderFirstTextAfterFirstByteMs",
    },
    {
      label: `render: longest task, ${label} (median)`,
      value: median(runs.map(longest)),
      unit: "ms",
      budget: "renderLongestTaskMs",
    },
  ];
}

export async function benchRender(): Promise<Figure[]> {
  const firehose = await startFirehose();
  const dataDir = mkdtempSync(join(tmpdir(), "bench-render-"));
  const upstreams = SIZES.map((deltas) => ({
    id: upstreamId(deltas),
    label: `Firehose ${deltas}`,
    baseURL: firehose.baseURL(deltas),
  }));
  const server = await startNextServer(PORT, {
    PLAYGROUND_UPSTREAMS: JSON.stringify(upstreams),
    LOCAL_ENGINE_DB: join(dataDir, "engine.sqlite"),
  });
  const executable = findChromium({
    env: process.env,
    playwrightPath: chromium.executablePath(),
  });
  const browser = await chromium.launch({
    ...(executable ? { executablePath: executable.path } : {}),
    args: CHROMIUM_ARGS,
  });
  try {
    const result: Figure[] = [];
    for (const deltas of SIZES) {
      const measured = await measureSize(browser, server.url, deltas);
      const withoutDevTools = await measureWithoutDevTools(
        executable?.path ?? chromium.executablePath(),
        server.url,
        deltas,
        measured.body,
      );
      result.push(...figures(deltas, measured, withoutDevTools));
    }
    return result;
  } finally {
    await browser.close();
    await server.stop();
    await firehose.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
