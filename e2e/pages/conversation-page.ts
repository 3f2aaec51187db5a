import type { Locator, Page } from "@playwright/test";

/** `/conversations/[id]?upstream=ID`: metadata, items page by page, and a composer that continues it. */
export class ConversationPage {
  readonly heading: Locator;
  readonly items: Locator;
  readonly itemCount: Locator;
  readonly metadata: Locator;
  readonly saveMetadata: Locator;
  readonly message: Locator;
  readonly send: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.items = page.getByRole("region", { name: "Items" });
    this.itemCount = this.items.getByRole("heading", { name: /^Items/ });
    this.metadata = page.getByRole("region", { name: "Metadata" });
    this.saveMetadata = this.metadata.getByRole("button", {
      name: "Save metadata",
    });
    const composer = page.getByRole("region", {
      name: "Continue the conversation",
    });
    this.message = composer.getByRole("textbox", { name: "Message" });
    this.send = composer.getByRole("button", { name: "Send" });
    // Scoped to the page's main region: Next's route announcer is an alert too.
    this.alert = page.getByRole("main").getByRole("alert");
  }

  async goto(id: string, upstream = "local"): Promise<void> {
    await this.page.goto(`/conversations/${id}?upstream=${upstream}`);
    await this.heading.waitFor();
  }

  /** Scrolls the page to its end, past the items, so the next page of them loads. */
  async scrollToEnd(): Promise<void> {
    await this.page
      .getByRole("main")
      .evaluate((main) => main.scrollTo(0, main.scrollHeight));
  }

  /** The items the virtualized list has in the DOM, as output-item articles. */
  itemArticles(): Locator {
    return this.items.getByRole("listitem").getByRole("article");
  }

  deleteButton(itemId: string): Locator {
    return this.items.getByRole("button", { name: `Delete item ${itemId}` });
  }

  metadataKey(n: number): Locator {
    return this.metadata.getByRole("textbox", { name: `Metadata key ${n}` });
  }

  metadataValue(n: number): Locator {
    return this.metadata.getByRole("textbox", { name: `Metadata value ${n}` });
  }
}
