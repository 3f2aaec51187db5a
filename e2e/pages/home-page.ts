import type { Locator, Page } from "@playwright/test";

/** The app shell around every page: the header with its home link, navigation and engine status. */
export class HomePage {
  readonly homeLink: Locator;
  readonly mainNav: Locator;
  readonly engineStatus: Locator;

  constructor(private readonly page: Page) {
    this.homeLink = page
      .getByRole("banner")
      .getByRole("link", { name: "Responses Playground" });
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
