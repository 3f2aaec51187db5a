/**
 * What runs inside the measured page for the render section: the probes that time a run, and the floor's
 * own fetch. Functions here are passed to the page as source, so each stands alone.
 */

export const RUNS_PER_SIZE = 3;

/** What the page measured for one run, in its own `performance.now()` clock. */
export interface RunTimes {
  click: number;
  firstByte: number;
  firstText: number;
  finalText: number;
  longestTask: number;
}

export const upstreamId = (deltas: number) => `firehose-${deltas}`;

/**
 * Installed in the page before each run: stamps the click on Send, the first text and the final
 * "END" of the message (from a MutationObserver, so no polling delay), and every long task.
 */
export function instrument(): void {
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

export function collect(proxyPath: string): RunTimes | string {
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

/** The floor of one run: the page's own fetch of the proxy path, read to the last byte and nothing rendered. */
export interface FloorTimes {
  firstByte: number;
  lastByte: number;
  /** The longest main-thread task while the body was read (0 = none ≥ 50 ms). */
  longestTask: number;
}

/**
 * Posts the exact body Send posted and reads the answer to its end, timed from the fetch call. With `parse`,
 * it also decodes the text and `JSON.parse`s every event as it arrives: the least any client does to see them.
 */
export async function fetchToLastByte({
  path,
  body,
  parse,
}: {
  path: string;
  body: string;
  parse: boolean;
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
  const decoder = new TextDecoder();
  let pending = "";
  let events = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!parse) continue;
    pending += decoder.decode(value, { stream: true });
    let from = 0;
    for (
      let end = pending.indexOf("\n\n");
      end >= 0;
      end = pending.indexOf("\n\n", from)
    ) {
      for (const line of pending.slice(from, end).split("\n"))
        if (line.startsWith("data: {")) {
          JSON.parse(line.slice(6));
          events++;
        }
      from = end + 2;
    }
    pending = pending.slice(from);
  }
  const lastByte = performance.now() - start;
  if (parse && events === 0) throw new Error(`${path}: no event was parsed.`);
  // Long task entries are delivered after the task ends, so one more task lets the last one arrive.
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return { firstByte, lastByte, longestTask: Math.max(0, ...tasks) };
}
