import { expect, test, type Page } from "@playwright/test";
import { HomePage } from "./pages/home-page";

/** The engine stands in for one that is down: its model list answers 503 with `message` until the route is lifted. */
async function engineDownUntilUnrouted(page: Page, message: string) {
  await page.route("**/v1/models", (route) =>
    route.fulfill({
      status: 503,
      json: {
        error: { message, type: "server_error", param: null, code: null },
      },
    }),
  );
}

test("home page shows the app shell, reports the local engine online, and offers no sign-out on a public playground", async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();

  await expect(home.homeLink).toBeVisible();
  await expect(home.navLink("Playground")).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(home.engineStatus).toContainText(/Engine online · \d+ models?/);
  // Without PLAYGROUND_ACCESS_TOKEN there is no sign-in, so nothing to sign out of.
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
});

test("an engine that does not answer shows as offline with the reason, and Retry asks again", async ({
  page,
}) => {
  await engineDownUntilUnrouted(page, "The engine is restarting.");
  const home = new HomePage(page);
  await home.goto();
  await expect(home.engineStatus).toContainText(
    "Engine offline · HTTP 503: The engine is restarting.",
  );

  await page.unroute("**/v1/models");
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(home.engineStatus).toContainText(/Engine online · \d+ models?/);
  await expect(page.getByRole("button", { name: "Retry" })).toHaveCount(0);
});

test("on a phone the header shows every navigation link whole, and an offline engine beside the mark", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await engineDownUntilUnrouted(
    page,
    "The engine is restarting after an update of its models.",
  );
  const home = new HomePage(page);
  await home.goto();
  for (const name of ["Playground", "Responses", "Conversations"])
    await expect(home.navLink(name)).toBeInViewport({ ratio: 1 });
  await expect(home.engineStatus).toContainText("Engine offline");
  const retry = page.getByRole("button", { name: "Retry" });
  await expect(retry).toBeInViewport({ ratio: 1 });
  // The long reason is cut short inside the status rather than pushing it over the mark.
  const [mark, status] = await Promise.all([
    home.homeLink.boundingBox(),
    home.engineStatus.boundingBox(),
  ]);
  expect(status?.x).toBeGreaterThanOrEqual((mark?.x ?? 0) + (mark?.width ?? 0));
});

test("an address the app does not serve answers 404 with a page in the app's look that leads back", async ({
  page,
}) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { name: "This page does not exist" }),
  ).toBeVisible();
  await page
    .getByRole("navigation", { name: "Pages" })
    .getByRole("link", { name: "Responses" })
    .click();
  await expect(page).toHaveURL(/\/responses$/);
});
