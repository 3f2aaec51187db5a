import type { Locator, Page } from "@playwright/test";

/** The playground's "Jobs" region: one row per background response, with its phases and Cancel. */
export class JobsPanel {
  readonly region: Locator;
  readonly backgroundToggle: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "Jobs", exact: true });
    this.backgroundToggle = page.getByRole("checkbox", {
      name: "Background",
      exact: true,
    });
  }

  rows(): Locator {
    return this.region
      .getByRole("list", { name: "Background jobs" })
      .getByRole("listitem", { name: /^resp_/ });
  }

  /** The phase a job is in now ("Queued", "In progress", "Done: completed", ...). */
  currentPhase(row: Locator): Locator {
    return row
      .getByRole("list", { name: "Phases" })
      .locator('[aria-current="step"]');
  }

  cancelButton(row: Locator): Locator {
    return row.getByRole("button", { name: "Cancel", exact: true });
  }
}
