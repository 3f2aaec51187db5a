import type { Locator, Page } from "@playwright/test";

/** The response inspector at `/responses/[id]?upstream=…`. */
export class InspectorPage {
  readonly heading: Locator;
  readonly output: Locator;
  readonly inputItems: Locator;
  readonly inputItemList: Locator;
  readonly chain: Locator;
  readonly usage: Locator;
  readonly inputTokenCount: Locator;
  readonly continueButton: Locator;
  readonly forkButton: Locator;
  readonly deleteButton: Locator;
  readonly cancelButton: Locator;
  readonly compactButton: Locator;
  readonly shareButton: Locator;
  readonly compactedWindow: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.output = page.getByRole("region", { name: "Output", exact: true });
    this.inputItems = page.getByRole("region", {
      name: "Input items",
      exact: true,
    });
    this.inputItemList = this.inputItems.getByRole("list", {
      name: "Input item list",
    });
    this.chain = page.getByRole("region", { name: "Chain", exact: true });
    this.usage = page.getByRole("region", { name: "Usage", exact: true });
    this.inputTokenCount = this.usage.getByLabel("Input token count");
    const button = (name: string) =>
      page.getByRole("button", { name, exact: true });
    this.continueButton = button("Continue");
    this.forkButton = button("Fork");
    this.deleteButton = button("Delete");
    this.cancelButton = button("Cancel");
    this.compactButton = button("Compact");
    this.shareButton = button("Share");
    this.compactedWindow = page.getByRole("region", {
      name: "Compacted window",
    });
    // Scoped to the page's content: Next's route announcer is an alert too.
    this.alert = page.getByRole("main").getByRole("alert");
  }

  async goto(id: string, upstream = "local"): Promise<void> {
    await this.page.goto(
      `/responses/${encodeURIComponent(id)}?upstream=${encodeURIComponent(upstream)}`,
    );
  }

  /** The status badge beside the heading ("completed", "in progress", "cancelled"). */
  status(): Locator {
    return this.page.getByRole("status", { name: "Response status" });
  }

  /** The input item rows the virtualized list has in the DOM. */
  inputItemRows(): Locator {
    return this.inputItemList.getByRole("listitem");
  }

  /** How many input items are loaded, as the section says ("20+ loaded" while more pages remain). */
  loadedInputItems(): Locator {
    return this.inputItems.getByText(/^\d+\+? loaded$/);
  }

  /** Scrolls past the end of the loaded input items, so the next page loads. */
  async scrollInputItemsToEnd(): Promise<void> {
    await this.inputItemList.evaluate((list) =>
      list.scrollIntoView({ block: "end" }),
    );
  }

  /** Deletes the response, confirming in the alertdialog. */
  async delete(): Promise<void> {
    await this.deleteButton.click();
    const dialog = this.page.getByRole("alertdialog");
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  }
}
