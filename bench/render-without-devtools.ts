/**
 * The render runs again in a Chromium that Playwright does not drive, so DevTools' Network domain is off as in
 * a browser with DevTools closed: informational figures beside the budgeted ones, the floor included.
 */
import { openBarePage } from "./bare-chromium";
import {
  collect,
  fetchToLastByte,
  instrument,
  RUNS_PER_SIZE,
  upstreamId,
  type FloorTimes,
  type RunTimes,
} from "./render-page";

/** Sends "firehose" to an upstream with the page's own controls, for a page no Playwright drives. */
async function sendWithoutPlaywright(upstream: string): Promise<void> {
  const sleep = (ms: number) =>
    new Promise((resolve) => setTimeout(resolve, ms));
  const button = (name: string) =>
    [...document.querySelectorAll("button")].find(
      (candidate) => candidate.textContent?.trim() === name,
    );
  const labelled = <T extends HTMLElement>(selector: string, name: string) =>
    [...document.querySelectorAll<T>(selector)].find(
      (element) =>
        element.getAttribute("aria-label") === name ||
        (
          element as unknown as HTMLInputElement
        ).labels?.[0]?.textContent?.trim() === name,
    );
  const restart = button("New conversation");
  if (restart && !restart.disabled) {
    restart.click();
    await sleep(300);
  }
  // Until React has hydrated, a click changes nothing: the Events tab being selected says it has. The tab is
  // looked up each time, as a render can replace it.
  const eventsTab = () =>
    [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find(
      (candidate) => candidate.textContent?.trim().startsWith("Events"),
    );
  for (let i = 0; eventsTab()?.getAttribute("aria-selected") !== "true"; i++) {
    if (i === 100) throw new Error("the Events tab never opened");
    eventsTab()?.click();
    await sleep(100);
  }
  const select = labelled<HTMLSelectElement>("select", "Upstream");
  if (!select) throw new Error("no Upstream select");
  // Parts of the page hydrate at different times: until the select's part has, React puts its value back.
  for (let i = 0; select.value !== upstream; i++) {
    if (i === 100) throw new Error(`${upstream} could not be selected`);
    Object.getOwnPropertyDescriptor(
      HTMLSelectElement.prototype,
      "value",
    )?.set?.call(select, upstream);
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await sleep(100);
  }
  const input = labelled<HTMLTextAreaElement>("textarea", "Input");
  if (!input) throw new Error("no Input textarea");
  Object.getOwnPropertyDescriptor(
    HTMLTextAreaElement.prototype,
    "value",
  )?.set?.call(input, "firehose");
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await sleep(300);
}

/** The runs and floors of one size again, in a Chromium without DevTools' Network domain: informational. */
export async function measureWithoutDevTools(
  executablePath: string,
  url: string,
  deltas: number,
  body: string,
) {
  const page = await openBarePage(executablePath, url);
  const call = <A, R>(fn: (arg: A) => R, arg?: A) =>
    page.evaluate<Awaited<R>>(`(${fn.toString()})(${JSON.stringify(arg)})`);
  try {
    // The new tab shows about:blank, already complete, before the app's document commits.
    const loaded = `location.href.startsWith(${JSON.stringify(url)}) && document.readyState === "complete"`;
    for (let i = 0; !(await page.evaluate<boolean>(loaded)); i++) {
      if (i === 300)
        throw new Error(`${url} did not load in the bare Chromium`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await page.evaluate("globalThis.__name = (target) => target");
    const path = `/api/proxy/${upstreamId(deltas)}/v1/responses`;
    const runs: RunTimes[] = [];
    const floors: FloorTimes[] = [];
    const parsedFloors: FloorTimes[] = [];
    for (let i = -1; i < RUNS_PER_SIZE; i++) {
      await call(sendWithoutPlaywright, upstreamId(deltas));
      await call(instrument);
      await call(clickSend);
      await call(waitForFinalText);
      const result = await call(collect, path);
      if (typeof result === "string") throw new Error(result);
      if (i < 0) continue; // Warm-up, as in Playwright's page.
      runs.push(result);
      floors.push(await call(fetchToLastByte, { path, body, parse: false }));
    }
    // After every run, as in Playwright's page.
    for (let i = 0; i < RUNS_PER_SIZE; i++)
      parsedFloors.push(
        await call(fetchToLastByte, { path, body, parse: true }),
      );
    return { runs, floors, parsedFloors };
  } finally {
    await page.close();
  }
}

function clickSend(): void {
  [...document.querySelectorAll("button")]
    .find((candidate) => candidate.textContent?.trim() === "Send")
    ?.click();
}

/** Waits for the final text, then for the request's Resource Timing entry, as `runOnce` does. */
async function waitForFinalText(): Promise<void> {
  const bench = (window as unknown as { __bench: { finalText: number } })
    .__bench;
  for (let waited = 0; bench.finalText < 0; waited += 20) {
    if (waited > 60_000) throw new Error("no final text within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
