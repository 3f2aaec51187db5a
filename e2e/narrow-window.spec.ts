import { expect, test } from "./fixtures";

const RUN_TIMEOUT = 30_000;

// A window beside an editor, or a phone: too narrow for three columns side by side.
test.use({ viewport: { width: 800, height: 800 } });

test("a narrow window shows one column at a time, and a run streams on in the column that is not shown", async ({
  playground,
  page,
}) => {
  const columns = page.getByRole("tablist", { name: "Playground columns" });
  const column = (name: string) => columns.getByRole("tab", { name });
  await expect(column("Thread")).toHaveAttribute("aria-selected", "true");
  await expect(playground.input).toBeVisible();
  await expect(playground.model).toBeHidden();
  await expect(playground.events).toBeHidden();

  await column("Settings").click();
  await expect(playground.model).toBeVisible();
  await expect(playground.input).toBeHidden();
  await playground.instructions.fill("Answer in the narrow window.");

  await column("Thread").click();
  await playground.send("/words 400");
  // Shown mid-stream, the inspector has the events that arrived while it was hidden.
  await column("Inspector").click();
  await expect(playground.events).toBeVisible();
  await expect(playground.eventLog.getByRole("listitem").first()).toBeVisible();
  await column("Thread").click();
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  expect(await playground.messageWords(response)).toBe(400);
  await column("Inspector").click();
  await expect(playground.eventLog).toContainText("response.completed");

  // Each column kept what was typed in it.
  await column("Settings").click();
  await expect(playground.instructions).toHaveValue(
    "Answer in the narrow window.",
  );
});

test("the column tabs work from the keyboard: Tab reaches the selected one, the arrows and Home and End move", async ({
  playground,
  page,
}) => {
  await expect(playground.input).toBeVisible();
  const columns = page.getByRole("tablist", { name: "Playground columns" });
  const column = (name: string) => columns.getByRole("tab", { name });
  await column("Thread").focus();
  await page.keyboard.press("ArrowRight");
  await expect(column("Inspector")).toBeFocused();
  await expect(column("Inspector")).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowRight");
  await expect(column("Settings")).toBeFocused();
  await expect(page.getByRole("combobox", { name: "Model" })).toBeVisible();
  await page.keyboard.press("End");
  await expect(column("Inspector")).toHaveAttribute("aria-selected", "true");
  // One stop in the page's tab order: Shift+Tab leaves the row from the selected tab.
  await page.keyboard.press("Home");
  await expect(column("Settings")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(
    columns.getByRole("tab").and(page.locator(":focus")),
  ).toHaveCount(0);
  await page.keyboard.press("Shift+Tab");
  await expect(column("Settings")).toBeFocused();
});

test("a wide window shows the three columns side by side, with no column tabs", async ({
  playground,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(
    page.getByRole("tablist", { name: "Playground columns" }),
  ).toBeHidden();
  for (const control of [playground.model, playground.input, playground.events])
    await expect(control).toBeVisible();
});
