import { expect, test } from "@playwright/test";
import OpenAI from "openai";
import { ConversationPage } from "./pages/conversation-page";
import { weatherTools } from "./pages/engine-api";
import { PlaygroundPage } from "./pages/playground-page";
import { saveShot } from "./pages/shots";

// The e2e server shares two cores with other work: generous waits keep a slow moment from failing a test.
test.describe.configure({ timeout: 120_000 });
const WAIT = 30_000;

function client(baseURL: string | undefined): OpenAI {
  return new OpenAI({
    baseURL: `${baseURL ?? ""}/v1`,
    apiKey: "any",
    maxRetries: 0,
  });
}

/** The types of a conversation's newest `count` items, newest first, as the server stores them. */
async function newestItemTypes(
  openai: OpenAI,
  id: string,
  count: number,
): Promise<string[]> {
  const page = await openai.conversations.items.list(id, {
    order: "desc",
    limit: count,
  });
  return page.data.map((item) => item.type);
}

test.describe("conversations", () => {
  test("a conversation page pages through its items and continues the conversation", async ({
    page,
    baseURL,
  }) => {
    const openai = client(baseURL);
    const conversation = await openai.conversations.create({
      metadata: { topic: "e2e" },
      items: Array.from({ length: 20 }, (_, i) => ({
        type: "message" as const,
        role: "user" as const,
        content: `seed item ${i + 1}`,
      })),
    });
    await openai.conversations.items.create(conversation.id, {
      items: Array.from({ length: 5 }, (_, i) => ({
        type: "message" as const,
        role: "user" as const,
        content: `seed item ${i + 21}`,
      })),
    });

    const view = new ConversationPage(page);
    await view.goto(conversation.id);
    await expect(view.heading).toContainText(conversation.id);
    await expect(view.metadataValue(1)).toHaveValue("e2e", { timeout: WAIT });

    // The first page holds 20 items; scrolling to the end loads the rest.
    await expect(view.itemCount).toHaveText("Items (20+)", { timeout: WAIT });
    await expect(view.items).toContainText("seed item 1");
    await expect(async () => {
      await view.scrollToEnd();
      await expect(view.itemCount).toHaveText("Items (25)", { timeout: 1000 });
    }).toPass({ timeout: WAIT });
    await expect(view.items).toContainText("seed item 25");
    // The list is virtualized: the first items have left the DOM.
    await expect(view.items).not.toContainText(/seed item 1(?!\d)/);

    await view.message.fill("continue from the page");
    await view.send.click();
    // The new message and the model's answer join the items.
    await expect(view.itemCount).toHaveText("Items (27)", { timeout: WAIT });
    await view.scrollToEnd();
    await expect(view.items).toContainText("You said: continue from the page");
    await expect(view.message).toHaveValue("");
    await saveShot(page, "conversation", { fullPage: true });

    expect(await newestItemTypes(openai, conversation.id, 2)).toEqual([
      "message",
      "message",
    ]);
  });

  test("a conversation waiting on a tool call goes on in the playground, where the call is answered", async ({
    page,
    baseURL,
  }) => {
    const openai = client(baseURL);
    const conversation = await openai.conversations.create({});
    await openai.responses.create({
      model: "local-echo",
      conversation: conversation.id,
      input: "What's the weather in Paris?",
      tools: weatherTools as OpenAI.Responses.Tool[],
    });
    const view = new ConversationPage(page);
    await view.goto(conversation.id);
    await page
      .getByRole("link", { name: "Continue in the playground" })
      .click();

    const playground = new PlaygroundPage(page);
    await expect(
      page.getByRole("textbox", { name: "Conversation" }),
    ).toHaveValue(conversation.id, { timeout: WAIT });
    const earlier = page.getByRole("region", { name: "Earlier turns" });
    await expect(earlier).toContainText("What's the weather in Paris?", {
      timeout: WAIT,
    });
    await expect(
      earlier.getByRole("article", { name: "Function call · get_weather" }),
    ).toBeVisible();
    await page
      .getByRole("textbox", { name: /^Output of get_weather/ })
      .fill('{"sky": "clear"}');
    await playground.send("And tomorrow?");
    const response = playground.response(1);
    await expect(playground.statusBadge(response)).toHaveText("completed", {
      timeout: WAIT,
    });
    await expect(response).toContainText("function_call_output (call_");

    expect(await newestItemTypes(openai, conversation.id, 3)).toEqual([
      "message",
      "message",
      "function_call_output",
    ]);

    // With Store off the conversation is read, and nothing is added to it; the field says so.
    await page.getByRole("checkbox", { name: "Store" }).uncheck();
    await expect(
      page.getByRole("textbox", { name: "Conversation" }),
    ).toHaveAccessibleDescription("read only while Store is off");
    await playground.send("Not kept");
    await expect(playground.statusBadge(playground.response(2))).toHaveText(
      "completed",
      { timeout: WAIT },
    );
    expect(await newestItemTypes(openai, conversation.id, 3)).toEqual([
      "message",
      "message",
      "function_call_output",
    ]);

    // A new conversation leaves this one: the Conversation field no longer sends into it.
    await page.getByRole("button", { name: "New conversation" }).click();
    await expect(
      page.getByRole("textbox", { name: "Conversation" }),
    ).toHaveValue("");
  });

  test("metadata is edited, bad metadata explained, and an item deleted", async ({
    page,
    baseURL,
  }) => {
    const openai = client(baseURL);
    const conversation = await openai.conversations.create({
      items: [
        { type: "message", role: "user", content: "keep me" },
        { type: "message", role: "user", content: "delete me" },
      ],
    });
    const view = new ConversationPage(page);
    await view.goto(conversation.id);
    await expect(view.itemArticles()).toHaveCount(2, { timeout: WAIT });

    await view.metadata.getByRole("button", { name: "Metadata key" }).click();
    await view.metadataKey(1).fill("k".repeat(65));
    await view.metadataValue(1).fill("v");
    await expect(view.metadata).toContainText("longer than 64 characters");
    await expect(view.saveMetadata).toBeDisabled();
    await view.metadataKey(1).fill("owner");
    await view.saveMetadata.click();
    await expect(view.metadata.getByRole("status")).toHaveText("Saved");
    const saved = await openai.conversations.retrieve(conversation.id);
    expect(saved.metadata).toEqual({ owner: "v" });

    const items = await openai.conversations.items.list(conversation.id, {
      order: "asc",
    });
    const doomed = items.data[1];
    const doomedId = doomed && "id" in doomed ? String(doomed.id) : "";
    await view.deleteButton(doomedId).click();
    await expect(view.itemArticles()).toHaveCount(1, { timeout: WAIT });
    await expect(view.items).toContainText("keep me");
    await expect(view.items).not.toContainText("delete me");
  });

  test("a browser that never opened the playground creates a conversation on the default upstream", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/conversations");
    const form = page.getByRole("form", { name: "New conversation" });
    await expect(
      form.getByRole("combobox", { name: "Upstream of the new conversation" }),
    ).toHaveValue("local", { timeout: WAIT });
    await form
      .getByRole("textbox", { name: "First message" })
      .fill("started on the list page");
    await form.getByRole("button", { name: "Create conversation" }).click();

    const view = new ConversationPage(page);
    await expect(view.heading).toContainText("conv_", { timeout: WAIT });
    await expect(view.items).toContainText("started on the list page");
    const id = /\/conversations\/([^?]+)/.exec(page.url())?.[1] ?? "";
    const items = await client(baseURL).conversations.items.list(id);
    expect(items.data).toHaveLength(1);
  });

  test("a conversation an SDK script stored in the engine is listed and opens", async ({
    page,
    baseURL,
  }) => {
    const tag = `script-${Date.now()}`;
    const made = await client(baseURL).conversations.create({
      metadata: { tag },
      items: [{ type: "message", role: "user", content: "made by a script" }],
    });
    await page.goto("/conversations");
    const list = page.getByRole("list", { name: "Conversation history" });
    const row = list.getByRole("listitem").filter({ hasText: made.id });
    await expect(row).toContainText(`tag=${tag}`, { timeout: WAIT });
    await row.getByRole("link", { name: made.id }).click();
    const view = new ConversationPage(page);
    await expect(view.heading).toContainText(made.id, { timeout: WAIT });
    await expect(view.items).toContainText("made by a script");
  });

  test("the Responses page shows the five newest conversations and links to them all", async ({
    page,
    baseURL,
  }) => {
    const openai = client(baseURL);
    for (let i = 0; i < 6; i += 1) await openai.conversations.create({});
    await page.goto("/responses");
    const list = page.getByRole("list", { name: "Conversation history" });
    await expect(list.getByRole("listitem")).toHaveCount(5, { timeout: WAIT });
    await page.getByRole("link", { name: "All conversations" }).click();
    await expect(page).toHaveURL(/\/conversations$/);
    const all = page
      .getByRole("list", { name: "Conversation history" })
      .getByRole("listitem");
    await expect.poll(() => all.count(), { timeout: WAIT }).toBeGreaterThan(5);
  });

  test("an unknown id and an unreachable upstream are explained in words", async ({
    page,
  }) => {
    const view = new ConversationPage(page);
    await view.goto("conv_does_not_exist");
    await expect(view.alert).toContainText("Conversation not found", {
      timeout: WAIT,
    });
    // What was not found cannot be continued.
    await expect(
      page.getByRole("link", { name: "Continue in the playground" }),
    ).toHaveCount(0);
    await view.goto("conv_anything", "offline");
    await expect(view.alert).toContainText("could not be reached", {
      timeout: WAIT,
    });
  });
});
