import { expect, type Locator, type Page } from "@playwright/test";

/** The playground's "Share" dialog: the link that reopens the composer as it is. */
export class ShareDialog {
  readonly shareButton: Locator;
  readonly dialog: Locator;
  readonly link: Locator;
  readonly copyButton: Locator;

  constructor(readonly page: Page) {
    this.shareButton = page.getByRole("button", { name: "Share", exact: true });
    this.dialog = page.getByRole("dialog", { name: "Share this request" });
    this.link = this.dialog.getByRole("textbox", { name: "Share link" });
    this.copyButton = this.dialog.getByRole("button", {
      name: "Copy",
      exact: true,
    });
  }

  /** Opens the dialog and waits until the link is made. */
  async open(): Promise<void> {
    // A click that lands before the page hydrates does nothing, so click until the dialog opens.
    await expect(async () => {
      if (!(await this.dialog.isVisible())) await this.shareButton.click();
      await expect(this.dialog).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await expect(this.link).toHaveValue(/#v\d+\./);
  }

  async close(): Promise<void> {
    await this.page.keyboard.press("Escape");
    await expect(this.dialog).toBeHidden();
  }

  /** The share link of the composer as it is now. */
  async shareLink(): Promise<string> {
    await this.open();
    const link = await this.link.inputValue();
    await this.close();
    return link;
  }
}

/** The composer's controls: the "Request settings" column and the "Compose" form. */
export class ComposerFields {
  readonly settings: Locator;
  readonly compose: Locator;
  readonly apiKey: Locator;

  constructor(readonly page: Page) {
    this.settings = page.getByRole("complementary", {
      name: "Request settings",
    });
    this.compose = page.getByRole("form", { name: "Compose" });
    this.apiKey = this.settings.getByLabel("API key");
  }

  /** Every form control of both regions, in document order. */
  private controls(selector: string): Locator {
    return this.page
      .locator(
        "aside[aria-label='Request settings'], form[aria-label='Compose']",
      )
      .locator(selector);
  }

  /**
   * Sets every visible field away from its default, whatever fields the composer has: adds a message
   * and a function tool, picks the last option of each choice, flips each switch, then types into
   * each text box. Choices come first because they can reveal more fields.
   */
  async fillEveryField(): Promise<void> {
    await this.page
      .getByRole("button", { name: "Add item", exact: true })
      .click();
    await this.page
      .getByRole("menuitem", { name: "Message", exact: true })
      .click();
    await this.page
      .getByRole("button", { name: "Add tool", exact: true })
      .click();
    await this.page
      .getByRole("menuitem", { name: "Function", exact: true })
      .click();
    const selects = this.controls("select");
    for (let i = 0; i < (await selects.count()); i += 1) {
      const select = selects.nth(i);
      const values = await select
        .locator("option")
        .evaluateAll((options) =>
          options.map((option) => (option as HTMLOptionElement).value),
        );
      await select.selectOption(values.at(-1) ?? "");
    }
    const checkboxes = this.controls("input[type=checkbox]");
    for (let i = 0; i < (await checkboxes.count()); i += 1)
      await checkboxes.nth(i).click();
    const numbers = this.controls("input[type=number]");
    for (let i = 0; i < (await numbers.count()); i += 1)
      await numbers.nth(i).fill(String(0.25 * (i + 1)));
    const texts = this.controls(
      "textarea, input:not([type=checkbox]):not([type=number]):not([type=password]):not([type=file]):not([type=radio])",
    );
    for (let i = 0; i < (await texts.count()); i += 1)
      await texts.nth(i).fill(`Field ${i + 1}: «ünïcødé» 🚀\n"quoted" \\ #`);
  }

  /** The accessibility tree of both regions, with every control's name and value. */
  async snapshot(): Promise<{ settings: string; compose: string }> {
    return {
      settings: await this.settings.ariaSnapshot(),
      compose: await this.compose.ariaSnapshot(),
    };
  }
}
