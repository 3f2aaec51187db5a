import { expect, test } from "./fixtures";
import { PlaygroundPage } from "./pages/playground-page";

// A loaded machine can take seconds to build and serve a first answer.
const RUN_TIMEOUT = 30_000;

test("the first turn of a fresh page streams, however short", async ({
  playground,
  page,
}) => {
  // While the turn views were React.lazy, a fresh page's first answer showed only after its stream had ended when
  // the stream was short; a page observer sees every change, where polling could miss a short stream's middle.
  await page.evaluate(() => {
    const seen = { midStream: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const observer = new MutationObserver(() => {
      const response = document.querySelector(
        'section[aria-label="Response 1"]',
      );
      const text = response?.querySelector(
        'article[aria-label="Message"] > div',
      )?.textContent;
      const status = response?.querySelector(":scope > header > span");
      if (text?.trim() && status && status.textContent !== "completed")
        seen.midStream = true;
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  const words = 100; // A quarter of a second at 400 tokens/s.
  await playground.send(`/words ${words}`);
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  expect(await playground.messageWords(response)).toBe(words);
  expect(
    await page.evaluate(
      () => (window as unknown as { seen: { midStream: boolean } }).seen,
    ),
  ).toEqual({ midStream: true });
});

test("what is typed and ticked while the page's code is still loading is kept", async ({
  page,
}) => {
  // The page's scripts arrive late, as on a slow connection: the server-rendered page shows first.
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  await page.goto("/", { waitUntil: "commit" });
  const playground = new PlaygroundPage(page);
  await playground.input.fill("typed as soon as the page showed");
  await playground.streamToggle.uncheck();

  const body = JSON.parse(await playground.requestCode("JSON")) as Record<
    string,
    unknown
  >;
  expect(body.input).toEqual([
    { role: "user", content: "typed as soon as the page showed" },
  ]);
  expect(body.stream).toBeUndefined();
});
