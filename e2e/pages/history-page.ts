import type { Locator, Page } from "@playwright/test";

/** `/responses`: the history of stored responses, its search and filters, and the open-by-id box. */
export class HistoryPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly upstreamFilter: Locator;
  readonly modelFilter: Locator;
  readonly statusFilter: Locator;
  readonly responseIdBox: Locator;
  readonly openUpstream: Locator;
  readonly openButton: Locator;
  readonly table: Locator;
  readonly emptyMessage: Locator;
  readonly conversations: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Responses", level: 1 });
    this.search = page.getByRole("searchbox", { name: "Search" });
    this.upstreamFilter = page.getByRole("combobox", {
      name: "Filter by upstream",
    });
    this.modelFilter = page.getByRole("combobox", { name: "Filter by model" });
    this.statusFilter = page.getByRole("combobox", {
      name: "Filter by status",
    });
    this.responseIdBox = page.getByRole("textbox", { name: "Response ID" });
    this.openUpstream = page.getByRole("combobox", {
      name: "Upstream",
      exact: true,
    });
    this.openButton = page.getByRole("button", { name: "Open", exact: true });
    this.table = page.getByRole("table", { name: "Responses" });
    this.emptyMessage = page.getByText("No responses yet.");
    this.conversations = page.getByRole("region", { name: "Conversations" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/responses");
    await this.heading.waitFor();
  }

  /** The data rows of the table that are rendered now (the table is virtualized). */
  rows(): Locator {
    return this.table
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell") });
  }

  /** The row of a response, found by the link that carries its id. */
  row(id: string): Locator {
    return this.rows().filter({
      has: this.page.getByRole("link", { name: id, exact: true }),
    });
  }

  /** Opens `id` on `upstream` with the open-by-id box. */
  async openById(upstream: string, id: string): Promise<void> {
    await this.openUpstream.selectOption(upstream);
    await this.responseIdBox.fill(id);
    await this.openButton.click();
  }
}
