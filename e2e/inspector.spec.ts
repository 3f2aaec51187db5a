import { expect as baseExpect, test } from "@playwright/test";
import { createResponse } from "./pages/engine-api";
import { HistoryPage } from "./pages/history-page";
import { InspectorPage } from "./pages/inspector-page";
import { saveShot } from "./pages/shots";

const RUN_TIMEOUT = 30_000;
// Several checkouts share two cores: waits are generous so a loaded machine does not fail them.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

test("create, find it in the history, inspect it, page through 45 input items, then delete it", async ({
  page,
  request,
}) => {
  const marker = `inspect${Date.now().toString(36)}`;
  const input = Array.from({ length: 45 }, (_, i) => ({
    role: i % 2 === 0 ? "user" : "assistant",
    content: `message number ${i}`,
  }));
  const created = await createResponse(request, {
    input,
    instructions: "Answer briefly.",
    metadata: { suite: "inspector", run: marker },
  });

  // The engine lists what any client stored; the history's search matches metadata values.
  const history = new HistoryPage(page);
  await history.goto();
  await history.search.fill(marker);
  await history.row(created.id).getByRole("link", { name: created.id }).click();

  const inspector = new InspectorPage(page);
  await expect(inspector.heading).toContainText(created.id);
  await expect(inspector.status()).toHaveText("completed");
  await expect(
    inspector.output.getByRole("article", { name: "Message", exact: true }),
  ).toContainText("You said");
  await expect(inspector.inputTokenCount).toContainText(
    String(created.usage?.input_tokens),
  );
  await expect(page.getByRole("region", { name: "Metadata" })).toContainText(
    "inspector",
  );

  // The first page is 20 items; scrolling to the end loads the rest, page by page.
  await expect(inspector.inputItemRows().first()).toContainText(
    "message number 0",
  );
  await expect(inspector.loadedInputItems()).toHaveText("20+ loaded");
  await saveShot(page, "inspector-top");
  await expect(async () => {
    await inspector.scrollInputItemsToEnd();
    await expect(inspector.loadedInputItems()).toHaveText("45 loaded", {
      timeout: 1000,
    });
  }).toPass({ timeout: RUN_TIMEOUT });
  await inspector.scrollInputItemsToEnd();
  await expect(inspector.inputItemRows().last()).toContainText(
    "message number 44",
  );
  // The list is virtualized: the first items have left the DOM.
  await expect(inspector.inputItemList).not.toContainText("message number 0");
  await saveShot(page, "inspector-paged");

  await inspector.delete();
  await expect(
    page.getByRole("status").filter({ hasText: "was deleted" }),
  ).toBeVisible();
  await expect(inspector.alert).toContainText(
    `Response ${created.id} was not found`,
  );
  const retrieve = await request.get(`/v1/responses/${created.id}`);
  expect(retrieve.status()).toBe(404);

  // The history keeps the entry, marked deleted.
  await history.goto();
  await history.search.fill(marker);
  await expect(history.row(created.id)).toContainText("deleted");
});

test("Cancel stops a background response that is still running", async ({
  page,
  request,
}) => {
  const running = await createResponse(request, {
    input: "/words 50000",
    background: true,
  });
  const inspector = new InspectorPage(page);
  await inspector.goto(running.id);
  await expect(inspector.cancelButton).toBeVisible();
  await inspector.cancelButton.click();
  await expect(inspector.status()).toHaveText("cancelled");
  await expect(inspector.cancelButton).toHaveCount(0);
});

test("Share copies the inspector's link", async ({ page, request }) => {
  // Records what the page writes to the clipboard; headless Chromium cannot read it back reliably.
  await page.addInitScript(() => {
    const copies: string[] = [];
    Object.assign(window, { copies });
    navigator.clipboard.writeText = (text: string) => {
      copies.push(text);
      return Promise.resolve();
    };
  });
  const created = await createResponse(request, { input: "share me" });
  const inspector = new InspectorPage(page);
  await inspector.goto(created.id);
  await inspector.shareButton.click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  const copies = await page.evaluate(
    () => (window as unknown as { copies: string[] }).copies,
  );
  expect(copies).toEqual([page.url()]);
  expect(copies[0]).toContain(`/responses/${created.id}?upstream=local`);
});

test("an unknown id and an unreachable upstream are explained in words", async ({
  page,
}) => {
  const inspector = new InspectorPage(page);
  await inspector.goto("resp_doesnotexist");
  await expect(inspector.alert).toContainText(
    "Response resp_doesnotexist was not found on “local”",
  );

  await inspector.goto("resp_anything", "offline");
  await expect(inspector.alert).toContainText(
    "The upstream “offline” could not be reached",
  );
  await expect(inspector.alert).toContainText(
    "Could not reach upstream 'offline'",
  );
});
