import { pdfBytes, pngBytes } from "../lib/engine/testing/media-fixtures";
import { expect, test } from "./fixtures";
import { ComposerPanel } from "./pages/composer-panel";
import { InspectorPage } from "./pages/inspector-page";
import { saveShot } from "./pages/shots";

const RUN_TIMEOUT = 20_000;
// Opening a capture device takes seconds on a loaded machine.
const MICROPHONE_TIMEOUT = 20_000;

const PNG = {
  name: "pixels.png",
  mimeType: "image/png",
  buffer: pngBytes(37, 21),
};
const PDF_TEXT = "Quarterly report: the playground reads PDFs.";
const PDF = {
  name: "report.pdf",
  mimeType: "application/pdf",
  buffer: pdfBytes([PDF_TEXT, "Second page."]),
};

/** How many attachment contents the browser keeps in IndexedDB (the composer's own database). */
function storedAttachmentCount(page: import("@playwright/test").Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("responses-playground-draft-attachments");
        // Not created yet: the check must not create it (an empty version 1 held open blocks the app's own upgrade).
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () =>
          open.error?.name === "AbortError"
            ? resolve(0)
            : reject(open.error ?? new Error("open failed"));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("attachments")) {
            db.close();
            return resolve(0);
          }
          const count = db
            .transaction("attachments")
            .objectStore("attachments")
            .count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => {
            db.close();
            reject(count.error ?? new Error("count failed"));
          };
        };
      }),
  );
}

test("an attached image is sent and the engine states its format and pixel size", async ({
  playground,
  page,
}) => {
  const composer = new ComposerPanel(page);
  await composer.attach(PNG);
  await expect(composer.attachment(PNG.name)).toContainText("image · ");
  await saveShot(page, "attached-image");
  await playground.send("What is in this picture?");
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  expect(await playground.messageText(response)).toContain(
    "input_image (PNG image, 37×21 px; data URL image/png",
  );
  // The thread shows the sent message as typed, with the image itself, not its JSON.
  const sent = page.getByRole("group", { name: "Sent with response 1" });
  await expect(sent).toHaveText("What is in this picture?");
  await expect(sent.getByRole("img", { name: "Input image" })).toHaveAttribute(
    "src",
    /^data:image\/png;base64,/,
  );
  // The response's page shows the stored input image the same way.
  const inspector = new InspectorPage(page);
  await inspector.goto(await playground.responseId(response).innerText());
  await expect(
    inspector.inputItems.getByRole("img", { name: "Input image" }),
  ).toBeVisible();
});

test("an attached PDF is read and its text quoted", async ({
  playground,
  page,
}) => {
  const composer = new ComposerPanel(page);
  await composer.attach(PDF);
  await expect(composer.attachment(PDF.name)).toContainText("file · ");
  await saveShot(page, "attached-pdf");
  await playground.send("Summarize the report.");
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  const text = await playground.messageText(response);
  expect(text).toContain("input_file report.pdf");
  await expect(
    page.getByRole("group", { name: "Sent with response 1" }),
  ).toHaveText("Summarize the report.report.pdf");
  expect(text).toContain(`PDF, 2 pages`);
  expect(text).toContain(`starting "${PDF_TEXT}`);
});

test("attachments survive a reload from IndexedDB, and Remove deletes their content", async ({
  playground,
  page,
}) => {
  // Two reloads and a turn: more than one page load's work.
  test.slow();
  const composer = new ComposerPanel(page);
  // Checked before the app has opened its database: the check must leave it for the app to create.
  expect(await storedAttachmentCount(page)).toBe(0);
  await composer.attach(PNG, PDF);
  await expect(composer.attachment(PDF.name)).toBeVisible();
  await expect.poll(() => storedAttachmentCount(page)).toBe(2);

  await page.reload();
  await expect(composer.attachment(PNG.name)).toBeVisible();
  await expect(composer.removeButton(PNG.name)).toBeVisible();
  await expect(composer.removeButton(PDF.name)).toBeVisible();
  // Restored with their bytes: neither says it must be attached again.
  await expect(composer.attachments.getByRole("alert")).toHaveCount(0);
  await saveShot(page, "restored-attachments");

  await composer.removeButton(PDF.name).click();
  await expect.poll(() => storedAttachmentCount(page)).toBe(1);
  await page.reload();
  await expect(composer.attachment(PNG.name)).toBeVisible();
  await expect(composer.attachment(PDF.name)).toHaveCount(0);

  await playground.send("Still there?");
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  expect(await playground.messageText(response)).toContain(
    "PNG image, 37×21 px",
  );
  // Sending starts the next turn with an empty message, so the content goes too.
  await expect.poll(() => storedAttachmentCount(page)).toBe(0);
});

test("without a microphone, Record audio says so in words and keeps the draft", async ({
  playground,
  page,
}) => {
  const composer = new ComposerPanel(page);
  await playground.input.fill("keep me");
  await composer.attach(PNG);
  await composer.recordButton.click();
  await expect(composer.attachAlert).toContainText("No microphone was found", {
    timeout: MICROPHONE_TIMEOUT,
  });
  await expect(playground.input).toHaveValue("keep me");
  await expect(composer.attachments.getByRole("listitem")).toHaveCount(1);
  await expect(composer.recordButton).toBeEnabled();
});
