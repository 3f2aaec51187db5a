import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../scripts/find-chromium";
import type { Figure } from "./budgets";
import { startFirehose } from "./firehose-upstream";
import { startNextServer } from "./next-server";

/**
 * The render section: Send → streamed text in the DOM, in a real Chromium against `next start`, with a
 * firehose upstream and the event inspector open and live throughout.
 */
const SIZES = [2_000, 10_000, 20_000] as const;
const RUNS_PER_SIZE = 3;
const PORT = Number(process.env.BENCH_RENDER_PORT ?? 3710);

/** What the page measured for one run, in its own `performance.now()` clock. */
interface RunTimes {
  click: number;
  firstByte: number;
  firstText: number;
  finalText: number;
  longestTask: number;
}

const upstreamId = (deltas: number) => `firehose-${deltas}`;

/**
 * Installed in the page before each run: stamps the click on Send, the first text and the final
 * "END" of the message (from a MutationObserver, so no polling delay), and every long task.
 */
function instrument(): void {
  const state = {
    click: -1,
    firstText: -1,
    finalText: -1,
    tasks: [] as { start: number; duration: number }[],
  };
  (window as unknown as { __bench: typeof state }).__bench = state;
  const message = () =>
    document.querySelector(
      'section[aria-label="Response 1"] article[aria-label="Message"]',
    );
  const check = () => {
    const article = message();
    if (!article) return;
    const body = article.querySelector(":scope > div");
    const text = body?.textContent ?? "";
    const now = performance.now();
    if (state.firstText < 0 && text.includes("word")) state.firstText = now;
    const badge = article.querySelector(":scope > header > span:last-child");
    if (
      state.finalText < 0 &&
      text.includes("END") &&
      badge?.textContent === "completed"
    ) {
      state.finalText = now;
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: false });
  document.addEventListener(
    "click",
    (event) => {
      const target = event.target as Element | null;
      if (
        state.click < 0 &&
        target?.closest("button")?.textContent?.trim() === "Send"
      )
        state.click = performance.now();
    },
    { capture: true },
  );
}

function collect(proxyPath: string): RunTimes | string {
  const state = (
    window as unknown as {
      __bench: {
        click: number;
        firstText: number;
        finalText: number;
        tasks: { start: number; duration: number }[];
      };
    }
  ).__bench;
  const resource = performance
    .getEntriesByType("resource")
    .filter((entry) => entry.name.endsWith(proxyPath))
    .at(-1) as PerformanceResourceTiming | undefined;
  if (!resource) return "no resource timing for the proxy request";
  if (state.click < 0 || state.firstText < 0 || state.finalText < 0)
    return `incomplete run: ${JSON.stringify(state)}`;
  const during = state.tasks.filter(
    (task) =>
      task.start + task.duration >= state.click &&
      task.start <= state.finalText,
  );
  return {
    click: state.click,
    firstByte: resource.responseStart,
    firstText: state.firstText,
    finalText: state.finalText,
    longestTask: Math.max(0, ...during.map((task) => task.duration)),
  };
}

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

/** The floor of one run: the page's own fetch of the proxy path, read to the last byte, nothing parsed or rendered. */
interface FloorTimes {
  firstByte: number;
  lastByte: number;
  /** The longest main-thread task while the body was read (0 = none ≥ 50 ms). */
  longestTask: number;
}

/** Posts the exact body Send posted and reads the answer to its end, timed from the fetch call. */
async function fetchToLastByte({
  path,
  body,
}: {
  path: string;
  body: string;
}): Promise<FloorTimes> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: "longtask" });
  const start = performance.now();
  const response = await fetch(path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
    },
    body,
  });
  const firstByte = performance.now() - start;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  while (!(await reader.read()).done);
  const lastByte = performance.now() - start;
  // Long task entries are delivered after the task ends, so one more task lets the last one arrive.
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return { firstByte, lastByte, longestTask: Math.max(0, ...tasks) };
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
    for (let i = 0; i < RUNS_PER_SIZE; i++) {
      runs.push(await runOnce(page, deltas));
      floors.push(await page.evaluate(fetchToLastByte, { path, body }));
    }
    return { runs, floors };
  } finally {
    await page.close();
  }
}

function figures(
  deltas: number,
  { runs, floors }: { runs: RunTimes[]; floors: FloorTimes[] },
): Figure[] {
  const label = `${deltas.toLocaleString("en-US")} deltas`;
  const samples = (pick: (run: RunTimes) => number) =>
    runs.map((run) => Math.round(pick(run))).join(", ");
  const finalText = (run: RunTimes) => run.finalText - run.click;
  const firstText = (run: RunTimes) => run.firstText - run.firstByte;
  const longest = (run: RunTimes) => run.longestTask;
  console.log(
    `  ${label}: final ${samples(finalText)} ms; first after byte ${samples(firstText)} ms; longest task ${samples(longest)} ms (0 = none ≥ 50 ms)`,
  );
  // Informational, no budget: the same request fetched and read by the page with no parsing or rendering.
  const floorSamples = (pick: (floor: FloorTimes) => number) =>
    floors.map((floor) => Math.round(pick(floor))).join(", ");
  console.log(
    `  ${label}, floor (fetch → last byte, nothing parsed or rendered): ${floorSamples((floor) => floor.lastByte)} ms, median ${Math.round(median(floors.map((floor) => floor.lastByte)))} ms; first byte ${floorSamples((floor) => floor.firstByte)} ms; longest task ${floorSamples((floor) => floor.longestTask)} ms`,
  );
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
    for (const deltas of SIZES)
      result.push(
        ...figures(deltas, await measureSize(browser, server.url, deltas)),
      );
    return result;
  } finally {
    await browser.close();
    await server.stop();
    await firehose.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
