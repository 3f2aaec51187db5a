import type { Locator, Page } from "@playwright/test";

/** The landing page and the app shell around it. */
export class HomePage {
  readonly heading: Locator;
  readonly mainNav: Locator;
  readonly engineStatus: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole("heading", {
      level: 1,
      name: "Responses Playground",
    });
    this.mainNav = page.getByRole("navigation", { name: "Main" });
    this.engineStatus = page.getByRole("status", { name: "Engine status" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
  }

  navLink(name: string): Locator {
    return this.mainNav.getByRole("link", { name });
  }
}
