import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";

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
