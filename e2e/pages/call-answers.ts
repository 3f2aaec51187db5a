import type { Locator } from "@playwright/test";
import type { PlaygroundPage } from "./playground-page";

/** The composer's answer forms for pending client-run calls, each a group "Output of TYPE SUMMARY". */
export class CallAnswers {
  constructor(readonly playground: PlaygroundPage) {}

  /** The answer form of the pending call of `type`, e.g. "computer_call" or "shell_call". */
  form(type: string): Locator {
    return this.playground.page.getByRole("group", {
      name: new RegExp(`^Output of ${type}\\b`),
    });
  }

  /** A labelled field of a call's form, e.g. ("apply_patch_call", "Status"). */
  field(type: string, label: string): Locator {
    return this.form(type).getByLabel(label, { exact: true });
  }

  /** The group of one command's result inside a shell call's form (1-based). */
  command(n: number): Locator {
    return this.form("shell_call").getByRole("group", {
      name: new RegExp(`^Command ${n}\\b`),
    });
  }

  /** Uploads `png` as the computer call's screenshot through its file chooser. */
  async uploadScreenshot(png: Buffer): Promise<void> {
    const chooser = this.playground.page.waitForEvent("filechooser");
    await this.form("computer_call")
      .getByRole("button", { name: "Upload screenshot" })
      .click();
    await (
      await chooser
    ).setFiles({ name: "screen.png", mimeType: "image/png", buffer: png });
  }
}
