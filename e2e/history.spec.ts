import { randomUUID } from "node:crypto";
import OpenAI from "openai";
import { expect, test } from "./fixtures";
import { HistoryPage } from "./pages/history-page";
import { saveShot } from "./pages/shots";

/** The official SDK pointed at the running app's /v1, as a user's own script would be. */
function sdk(baseURL: string | undefined): OpenAI {
  return new OpenAI({
    baseURL: `${baseURL ?? ""}/v1`,
    apiKey: "any",
    maxRetries: 0,
  });
}

/** A word no other test uses, so searches find only what this test made. */
const marker = () => `mark${randomUUID().slice(0, 8)}`;

test.describe("the history at /responses", () => {
  test("a response created in the playground is listed, with its input", async ({
    playground,
    page,
  }) => {
    const text = `Remember ${marker()} for the history`;
    await playground.send(text);
    const response = playground.response(1);
    await expect(playground.statusBadge(response)).toHaveText("completed");
    const id = await playground.responseId(response).innerText();

    await page.getByRole("link", { name: "Responses", exact: true }).click();
    const history = new HistoryPage(page);
    await expect(history.heading).toBeVisible();
    const row = history.row(id);
    await expect(row).toBeVisible();
    await expect(row).toContainText(text);
    await expect(row.getByRole("link", { name: id })).toHaveAttribute(
      "href",
      `/responses/${id}?upstream=local`,
    );
  });

  test("a response created by the SDK against /v1 appears", async ({
    page,
    baseURL,
  }) => {
    const created = await sdk(baseURL).responses.create({
      model: "local-echo",
      input: "made by a script",
      metadata: { origin: "sdk-script" },
    });
    const history = new HistoryPage(page);
    await history.goto();
    await expect(history.row(created.id)).toBeVisible();
    await expect(history.row(created.id)).toContainText("completed");
  });

  test("search and filters narrow the list", async ({ page, baseURL }) => {
    const openai = sdk(baseURL);
    const tag = marker();
    const echo = await openai.responses.create({
      model: "local-echo",
      input: "plain echo",
      metadata: { tag },
    });
    const reasoning = await openai.responses.create({
      model: "local-echo-reasoning",
      input: "think first",
      metadata: { tag },
    });
    const cut = await openai.responses.create({
      model: "local-echo",
      input: "cut this answer short, it is long enough to be cut",
      max_output_tokens: 16,
      metadata: { tag },
    });
    expect(cut.status).toBe("incomplete");

    const history = new HistoryPage(page);
    await history.goto();
    await history.search.fill(tag);
    await expect(history.rows()).toHaveCount(3);

    await history.modelFilter.selectOption("local-echo-reasoning");
    await expect(history.rows()).toHaveCount(1);
    await expect(history.row(reasoning.id)).toBeVisible();

    await history.modelFilter.selectOption("");
    await history.statusFilter.selectOption("incomplete");
    await expect(history.rows()).toHaveCount(1);
    await expect(history.row(cut.id)).toBeVisible();

    await history.statusFilter.selectOption("completed");
    await history.upstreamFilter.selectOption("local");
    await expect(history.rows()).toHaveCount(2);
    await expect(history.row(echo.id)).toBeVisible();

    await history.search.fill(`${tag} no-such-word`);
    await expect(history.rows()).toHaveCount(0);
    await expect(page.getByText("No response matches")).toBeVisible();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(history.search).toHaveValue("");
    await expect(history.row(echo.id)).toBeVisible();
    await saveShot(page, "history-filled");
  });

  test("the open-by-id box opens any id on any upstream", async ({ page }) => {
    const history = new HistoryPage(page);
    await history.goto();
    await expect(history.openButton).toBeDisabled();
    await history.openById("loopback", "resp_from_elsewhere");
    await expect(page).toHaveURL(
      "/responses/resp_from_elsewhere?upstream=loopback",
      { timeout: 15_000 },
    );
  });
});

test.describe("navigation and /conversations", () => {
  test("the main navigation reaches every page, and a conversation id opens", async ({
    page,
  }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Conversations" }).click();
    await expect(
      page.getByRole("heading", { name: "Conversations", level: 1 }),
    ).toBeVisible();
    await expect(
      nav.getByRole("link", { name: "Conversations" }),
    ).toHaveAttribute("aria-current", "page");
    await page
      .getByRole("textbox", { name: "Conversation ID" })
      .fill("conv_123");
    await page.getByRole("button", { name: "Open", exact: true }).click();
    // The route is rendered on demand, so the wait covers a cold server.
    await expect(page).toHaveURL("/conversations/conv_123?upstream=local", {
      timeout: 15_000,
    });

    await page.goto("/conversations");
    await nav.getByRole("link", { name: "Playground" }).click();
    await expect(page).toHaveURL("/");
  });
});
