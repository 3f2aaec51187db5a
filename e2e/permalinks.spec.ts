import { expect, test } from "./fixtures";
import { PlaygroundPage } from "./pages/playground-page";
import { ComposerFields, ShareDialog } from "./pages/share-dialog";
import { saveShot } from "./pages/shots";

// The first test walks every field of the composer; a loaded machine needs more than the default time.
test.describe.configure({ timeout: 180_000 });

const SECRET_KEY = "sk-e2e-typed-key-never-shared";

test("a share link opened in a fresh browser restores an identical composer", async ({
  playground,
  browser,
}) => {
  const fields = new ComposerFields(playground.page);
  await fields.fillEveryField();
  // The last upstream asks for a key; whatever is typed there must stay in this browser.
  await fields.apiKey.fill(SECRET_KEY);
  const share = new ShareDialog(playground.page);
  await share.open();
  await expect(share.dialog).toContainText(/Link size: [\d.]+ (B|KB)/);
  await saveShot(playground.page, "share-dialog");
  const link = await share.link.inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#v2\.[\w-]+$/);
  await share.close();
  await fields.apiKey.fill("");
  // A new key lists the models again; the snapshot waits until the offline upstream has said it cannot.
  await expect(
    playground.page.getByText("could not list models"),
  ).toBeVisible();
  const original = await fields.snapshot();
  const originalRequest = await playground.requestCode("JSON");

  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(link);
    const opened = new PlaygroundPage(page);
    const openedFields = new ComposerFields(page);
    await expect(
      page.getByRole("status", { name: "Shared link" }),
    ).toContainText("Loaded from a shared link");
    // Compared as whole accessibility trees: every control, its name and its value, in order.
    await expect.poll(() => openedFields.snapshot()).toEqual(original);
    await expect(openedFields.apiKey).toHaveValue("");
    expect(await opened.requestCode("JSON")).toBe(originalRequest);
    // Nothing was sent, and the fragment is gone so a reload does not apply the link again.
    await expect(opened.responses()).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe("");
    await saveShot(page, "shared-link-restored");
  } finally {
    await context.close();
  }
});

test("a link made mid-thread opens on the same thread in a fresh browser", async ({
  playground,
  browser,
}) => {
  await playground.send("My name is Ada.");
  const first = playground.response(1);
  await expect(playground.statusBadge(first)).toHaveText("completed", {
    timeout: 30_000,
  });
  const firstId = await playground.responseId(first).innerText();
  await playground.input.fill("What is my name?");
  const share = new ShareDialog(playground.page);
  await share.open();
  await expect(share.dialog).toContainText(
    `the link continues from ${firstId}`,
  );
  const link = await share.link.inputValue();
  await share.close();

  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(link);
    await expect(
      page.getByRole("status", { name: "Shared link" }),
    ).toContainText(`Its thread continues from ${firstId}`);
    // The thread shows the stored turn, and the next Send chains to it.
    const earlier = page.getByRole("region", { name: "Earlier turns" });
    await expect(
      earlier.getByText("My name is Ada.", { exact: true }),
    ).toBeVisible();
    const opened = new PlaygroundPage(page);
    await expect(opened.input).toHaveValue("What is my name?");
    expect(await opened.requestCode("JSON")).toContain(
      `"previous_response_id": "${firstId}"`,
    );
  } finally {
    await context.close();
  }
});

test("opening a link keeps the person's draft to restore", async ({
  playground,
}) => {
  await playground.input.fill("the shared question");
  const link = await new ShareDialog(playground.page).shareLink();
  await playground.input.fill("my own draft");
  await playground.instructions.fill("my own instructions");

  await playground.page.goto(link);
  const notice = playground.page.getByRole("status", { name: "Shared link" });
  await expect(notice).toContainText("Loaded from a shared link");
  await expect(playground.input).toHaveValue("the shared question");
  await expect(playground.instructions).toHaveValue("");

  await notice.getByRole("button", { name: "Restore my draft" }).click();
  await expect(playground.input).toHaveValue("my own draft");
  await expect(playground.instructions).toHaveValue("my own instructions");
  await expect(notice).toBeHidden();
});

test("a tampered or cut-off link shows an error and keeps the draft", async ({
  playground,
}) => {
  await playground.input.fill("the shared question");
  const link = await new ShareDialog(playground.page).shareLink();
  await playground.input.fill("my own draft");

  const at = link.length - 12;
  const tampered = `${link.slice(0, at)}${link[at] === "A" ? "B" : "A"}${link.slice(at + 1)}`;
  await playground.page.goto(tampered);
  const alert = playground.page
    .getByRole("alert")
    .filter({ hasText: "shared link" });
  await expect(alert).toContainText("could not be opened");
  await expect(alert).toContainText("characters were changed");
  await expect(playground.input).toHaveValue("my own draft");

  await alert.getByRole("button", { name: "Dismiss" }).click();
  await playground.page.goto(link.slice(0, -20));
  await expect(alert).toContainText("truncated");
  await expect(playground.input).toHaveValue("my own draft");

  await playground.page.reload();
  await playground.input.waitFor();
  await expect(playground.input).toHaveValue("my own draft");
  await expect(alert).toBeHidden();
});

test("the share dialog states the link's size and warns above 8 KB", async ({
  playground,
}) => {
  const share = new ShareDialog(playground.page);
  await playground.input.fill("short");
  await share.open();
  await expect(share.dialog).toContainText(/Link size: \d+ B/);
  await expect(share.dialog).not.toContainText("over 8 KB");
  await share.close();

  // Text that does not compress, so the link grows with it.
  let seed = 1;
  const words = Array.from({ length: 2500 }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed.toString(36);
  });
  await playground.instructions.fill(words.join(" "));
  await share.open();
  await expect(share.dialog).toContainText(/Link size: [\d.]+ KB/);
  await expect(share.dialog).toContainText("This link is over 8 KB");
  await saveShot(playground.page, "share-dialog-long");
});
