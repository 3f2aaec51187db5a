import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";

test("home page shows the app shell and reports the local engine online", async ({
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
});
