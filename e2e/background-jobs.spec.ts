import { expect, test } from "./fixtures";
import { JobsPanel } from "./pages/jobs-panel";
import { saveShot } from "./pages/shots";

// At the e2e server's 400 tok/s, 12000 words run for about 30 s: long enough to reload mid-run on a
// loaded machine. The cancelled job is as long as the engine allows, so it never ends before Cancel.
const RUN_TIMEOUT = 120_000;
const WORDS = 12_000;
// The e2e server shares two cores with other work: a whole test may take a while.
test.describe.configure({ timeout: 300_000 });
const LONG_JOB = `/words ${WORDS}`;
const LONGEST_JOB = "/words 50000";

test.describe("background jobs", () => {
  test("a job survives a reload mid-stream with every event exactly once", async ({
    playground,
    page,
  }) => {
    const jobs = new JobsPanel(page);
    await jobs.backgroundToggle.check();
    await playground.send(LONG_JOB);
    const row = jobs.rows().first();
    await expect(jobs.currentPhase(row)).toHaveText("In progress", {
      timeout: RUN_TIMEOUT,
    });
    const response = playground.response(1);
    await expect
      .poll(() => playground.messageWords(response), { timeout: RUN_TIMEOUT })
      .toBeGreaterThan(0);
    const responseId = await row.getAttribute("aria-label");
    await saveShot(page, "jobs-running");

    await page.reload();

    // The same job comes back in the panel and in the thread, and runs to the end.
    const restored = jobs.rows().first();
    await expect(restored).toHaveAttribute("aria-label", responseId ?? "");
    await expect(jobs.currentPhase(restored)).toHaveText("Done: completed", {
      timeout: RUN_TIMEOUT,
    });
    await expect(playground.statusBadge(response)).toHaveText("completed");
    expect(await playground.messageWords(response)).toBe(WORDS);

    const events = await playground.downloadEvents();
    const numbers = events.map((event) => event.data.sequence_number);
    expect(numbers).toEqual(events.map((_, index) => index));
    expect(events[0]?.data.type).toBe("response.created");
    expect(events.at(-1)?.data.type).toBe("response.completed");
    await saveShot(page, "jobs-done");
  });

  test("a running job can be cancelled", async ({ playground, page }) => {
    const jobs = new JobsPanel(page);
    await jobs.backgroundToggle.check();
    await playground.send(LONGEST_JOB);
    const row = jobs.rows().first();
    await expect(jobs.currentPhase(row)).toHaveText("In progress", {
      timeout: RUN_TIMEOUT,
    });
    await jobs.cancelButton(row).click();

    await expect(jobs.currentPhase(row)).toHaveText("Done: cancelled", {
      timeout: RUN_TIMEOUT,
    });
    const response = playground.response(1);
    await expect(playground.statusBadge(response)).toHaveText("cancelled");
    await expect(playground.alert(response)).toContainText("Cancelled");
    // No event says so, but the stored response has the cut-off message incomplete, and so does the thread.
    await expect(
      response.getByRole("article").first().locator(":scope > header"),
    ).toContainText("incomplete");
    expect(await playground.messageWords(response)).toBeLessThan(50_000);
    await expect(jobs.cancelButton(row)).toHaveCount(0);
    await expect(playground.sendButton).toBeVisible();
  });

  test("a job sent without streaming is followed through its event stream", async ({
    playground,
    page,
  }) => {
    const jobs = new JobsPanel(page);
    await jobs.backgroundToggle.check();
    await playground.streamToggle.uncheck();
    await playground.send("/words 200");
    const row = jobs.rows().first();
    await expect(jobs.currentPhase(row)).toHaveText("Done: completed", {
      timeout: RUN_TIMEOUT,
    });
    // The thread's views load on first use, so the message is awaited like the job.
    const response = playground.response(1);
    await expect(playground.statusBadge(response)).toHaveText("completed");
    expect(await playground.messageWords(response)).toBe(200);
    const events = await playground.downloadEvents();
    expect(events.map((event) => event.data.sequence_number)).toEqual(
      events.map((_, index) => index),
    );
    expect(events.map((event) => event.data.type)).toContain(
      "response.output_text.delta",
    );
  });
});
