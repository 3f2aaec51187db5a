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
  readonly recordButton: Locator;
  readonly stopRecordingButton: Locator;
  readonly recordingTime: Locator;
  readonly attachments: Locator;
  /** Why an attachment could not be made (an unreadable file, no microphone, ...). */
  readonly attachAlert: Locator;
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
    this.recordButton = page.getByRole("button", {
      name: "Record audio",
      exact: true,
    });
    this.stopRecordingButton = page.getByRole("button", {
      name: "Stop recording",
      exact: true,
    });
    this.recordingTime = page.getByRole("timer", { name: "Recording time" });
    this.attachments = page.getByRole("list", { name: "Attachments" });
    this.attachAlert = page.getByRole("alert", {
      name: "Attachment problems",
    });
    this.metadata = page.getByRole("group", { name: "Metadata" });
  }

  /** Picks files with the "Attach" button's file chooser, as a person would. */
  async attach(
    ...files: { name: string; mimeType: string; buffer: Buffer }[]
  ): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent("filechooser"),
      this.attachButton.click(),
    ]);
    await chooser.setFiles(files);
  }

  /** An attachment of the Input message, listed by its file name. */
  attachment(name: string | RegExp): Locator {
    return this.attachments.getByRole("listitem", { name, exact: true });
  }

  removeButton(name: string): Locator {
    return this.page.getByRole("button", {
      name: `Remove ${name}`,
      exact: true,
    });
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
