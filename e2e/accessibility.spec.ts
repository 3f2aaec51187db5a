import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Playwright loads the specs as CommonJS, where `require.resolve` finds the package wherever npm put it.
const axeScript = require.resolve("axe-core/axe.min.js");

/** What axe finds against WCAG 2.1 A and AA on the page as it is now, one line per rule and element. */
async function wcagViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeScript });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof import("axe-core") }).axe.run(
      document,
      {
        runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
        resultTypes: ["violations"],
      },
    ),
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.target.join(" ")}: ${node.failureSummary ?? ""}`,
    ),
  );
}

test("the playground, its output and its inspector meet WCAG 2.1 AA as axe checks it, wide and narrow", async ({
  playground,
  page,
}) => {
  expect(await wcagViolations(page)).toEqual([]);

  await playground.send("/markdown");
  await expect(playground.statusBadge(playground.response(1))).toHaveText(
    "completed",
    { timeout: 20_000 },
  );
  expect(await wcagViolations(page)).toEqual([]);
  // A function call, and the form that answers it.
  await playground.addTool("Function");
  await playground.send("What's the weather in Paris?");
  await expect(
    playground.item(playground.response(2), "Function call · get_weather"),
  ).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await playground.requestTab.click();
  expect(await wcagViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 800 });
  expect(await wcagViolations(page)).toEqual([]);
});

test("the history, a stored response, the conversations and the import page meet WCAG 2.1 AA as axe checks it", async ({
  playground,
  page,
}) => {
  await playground.send("a response to look at");
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed");
  const id = await playground.responseId(response).innerText();

  for (const path of [
    "/responses",
    `/responses/${id}?upstream=local`,
    "/conversations",
    "/import",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await wcagViolations(page), path).toEqual([]);
  }
});
