import type { Locator, Page } from "@playwright/test";

/** Every item of the "Add tool" menu, in its order. */
export const TOOL_MENU_ITEMS = [
  "Function",
  "Custom",
  "Web search",
  "File search",
  "Code interpreter",
  "Computer use",
  "MCP",
  "Image generation",
  "Local shell",
  "Shell",
  "Apply patch",
] as const;

/** The composer's input controls beyond text: attachments, JSON items, tools and the settings groups. */
export class ComposerPanel {
  readonly settings: Locator;
  readonly addItemButton: Locator;
  readonly jsonItems: Locator;
  readonly attachButton: Locator;
  readonly metadata: Locator;

  constructor(readonly page: Page) {
    this.settings = page.getByRole("complementary", {
      name: "Request settings",
    });
    this.addItemButton = page.getByRole("button", {
      name: "Add item",
      exact: true,
    });
    this.jsonItems = page.getByRole("textbox", {
      name: "JSON item",
      exact: true,
    });
    this.attachButton = page.getByRole("button", {
      name: "Attach",
      exact: true,
    });
    this.metadata = page.getByRole("group", { name: "Metadata" });
  }

  /** Opens "Add item" and picks "JSON item"; returns the new JSON item box. */
  async addJsonItem(json: string): Promise<Locator> {
    await this.addItemButton.click();
    await this.page
      .getByRole("menuitem", { name: "JSON item", exact: true })
      .click();
    const box = this.jsonItems.last();
    await box.fill(json);
    return box;
  }

  /** A settings field by its label, within the sidebar. */
  field(label: string): Locator {
    return this.settings.getByLabel(label, { exact: true });
  }
}
