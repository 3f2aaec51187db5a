import {
  expect as baseExpect,
  test,
  type APIRequestContext,
} from "@playwright/test";
import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { HistoryPage } from "./pages/history-page";
import { InspectorPage } from "./pages/inspector-page";
import { PlaygroundPage } from "./pages/playground-page";
import { saveShot } from "./pages/shots";

const RUN_TIMEOUT = 30_000;
// Several checkouts share two cores: waits are generous so a loaded machine does not fail them.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

/** Creates a stored response on the local engine straight through `/v1`, as an SDK script would. */
async function createResponse(
  request: APIRequestContext,
  body: Record<string, unknown>,
): Promise<ApiResponse> {
  const answer = await request.post("/v1/responses", {
    data: { model: "local-echo", ...body },
  });
  expect(answer.ok()).toBe(true);
  return (await answer.json()) as ApiResponse;
}

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

test("Continue opens the playground chained to the response, and a reload keeps the chain", async ({
  page,
  request,
}) => {
  const first = await createResponse(request, { input: "My name is Ada." });
  const inspector = new InspectorPage(page);
  await inspector.goto(first.id);
  await inspector.continueButton.click();

  const playground = new PlaygroundPage(page);
  const origin = page.getByRole("status", { name: "Thread origin" });
  await expect(page).toHaveURL(/\/$/);
  await expect(origin).toContainText(`Continuing from ${first.id}`);
  // The thread shows the stored turns it continues from: the message sent, then the model's answer.
  const earlier = page.getByRole("region", { name: "Earlier turns" });
  await expect(
    earlier.getByText("My name is Ada.", { exact: true }),
  ).toBeVisible();
  await expect(
    earlier.getByRole("article", { name: "Message", exact: true }),
  ).toContainText("You said: My name is Ada.");
  await page.reload();
  await expect(origin).toContainText(`Continuing from ${first.id}`);
  expect(await playground.requestCode("JSON")).toContain(
    `"previous_response_id": "${first.id}"`,
  );
  await playground.send("What is my name?");
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  const secondId = await playground.responseId(response).innerText();
  const second = (await (
    await request.get(`/v1/responses/${secondId}`)
  ).json()) as ApiResponse;
  expect(second.previous_response_id).toBe(first.id);
  // Once the thread has started, the output still says where it continued from, with a link there.
  await expect(
    page
      .getByRole("region", { name: "Output" })
      .getByRole("link", { name: first.id }),
  ).toHaveAttribute("href", `/responses/${first.id}?upstream=local`);

  // After a reload the thread's turns are gone from the page, but the next Send still chains to the last one.
  await page.reload();
  await expect(origin).toContainText(
    `Continuing from ${secondId}, where this thread was before the reload`,
  );
  // The reloaded thread reads its turns back from the store: both questions and both answers.
  await expect(
    earlier.getByRole("article", { name: "Message", exact: true }),
  ).toHaveText([/You said: My name is Ada\./, /You said: What is my name\?/]);
  await expect(
    earlier.getByText("What is my name?", { exact: true }),
  ).toBeVisible();
  expect(await playground.requestCode("JSON")).toContain(
    `"previous_response_id": "${secondId}"`,
  );

  // The chain walks back to the first turn, each turn a link to its own inspector.
  await inspector.goto(secondId);
  await inspector.chain.getByRole("link", { name: first.id }).click();
  await expect(inspector.heading).toContainText(first.id);
});

test("a long chain's earlier turns show the newest page first and the rest on demand", async ({
  page,
  request,
}) => {
  const input = Array.from({ length: 25 }, (_, i) => ({
    role: i % 2 === 0 ? "user" : "assistant",
    content: `turn number ${i}`,
  }));
  const long = await createResponse(request, { input });
  const inspector = new InspectorPage(page);
  await inspector.goto(long.id);
  await inspector.continueButton.click();

  // A page of the 20 newest input items, then the response's own answer.
  const earlier = page.getByRole("region", { name: "Earlier turns" });
  await expect(
    earlier.getByText("turn number 24", { exact: true }),
  ).toBeVisible();
  await expect(earlier).toContainText("You said: turn number 24");
  await expect(earlier.getByText("turn number 4", { exact: true })).toHaveCount(
    0,
  );
  await earlier.getByRole("button", { name: "Show earlier items" }).click();
  await expect(
    earlier.getByText("turn number 0", { exact: true }),
  ).toBeVisible();
  await expect(
    earlier.getByRole("button", { name: "Show earlier items" }),
  ).toHaveCount(0);
});

test("a function call the stored response ended with is answered from the composer after Continue", async ({
  page,
  request,
}) => {
  const tools = [
    {
      type: "function",
      name: "get_weather",
      parameters: { type: "object", properties: { city: { type: "string" } } },
    },
  ];
  const asked = await createResponse(request, {
    input: "What's the weather in Paris?",
    tools,
  });
  const inspector = new InspectorPage(page);
  await inspector.goto(asked.id);
  await inspector.continueButton.click();

  const playground = new PlaygroundPage(page);
  const answer = page.getByRole("textbox", { name: /^Output of get_weather/ });
  await answer.fill('{"sky": "clear"}');
  await playground.send("And tomorrow?");
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  // The answer went before the message, and the engine took the call as answered.
  const sent = page.getByRole("group", { name: "Sent with response 1" });
  await expect(sent).toContainText("function_call_output");
  await expect(sent).toContainText('{"sky": "clear"}');
  await expect(response).toContainText("function_call_output (call_");
});

test("Fork loads the request into the composer", async ({ page, request }) => {
  const original = await createResponse(request, {
    instructions: "Answer in French.",
    input: [
      { role: "developer", content: "Be terse." },
      { role: "user", content: "Where is the Louvre?" },
    ],
    temperature: 0.4,
  });
  const inspector = new InspectorPage(page);
  await inspector.goto(original.id);
  await inspector.forkButton.click();

  const playground = new PlaygroundPage(page);
  await expect(page).toHaveURL(/\/$/);
  await expect(playground.instructions).toHaveValue("Answer in French.");
  await expect(playground.input).toHaveValue("Where is the Louvre?");
  await expect(
    page.getByRole("textbox", { name: "Message 1 (developer)" }),
  ).toHaveValue("Be terse.");
  const json = await playground.requestCode("JSON");
  expect(json).toContain('"temperature": 0.4');
  expect(json).not.toContain("previous_response_id");
  await saveShot(page, "inspector-fork");
});

test("Fork of a turn that answered a call resends the answer, and Send works", async ({
  page,
  request,
}) => {
  const tools = [
    {
      type: "function",
      name: "get_weather",
      parameters: { type: "object", properties: { city: { type: "string" } } },
    },
  ];
  const asked = await createResponse(request, {
    input: "What's the weather in Paris?",
    tools,
  });
  const call = asked.output.find((item) => item.type === "function_call");
  const answered = await createResponse(request, {
    previous_response_id: asked.id,
    tools,
    input: [
      {
        type: "function_call_output",
        call_id: call?.type === "function_call" ? call.call_id : "",
        output: "sunny",
      },
      { role: "user", content: "And tomorrow?" },
    ],
  });
  const inspector = new InspectorPage(page);
  await inspector.goto(answered.id);
  await inspector.forkButton.click();

  const playground = new PlaygroundPage(page);
  await expect(playground.input).toHaveValue("And tomorrow?");
  await expect(
    page.getByRole("group", {
      name: "JSON input items, sent before the messages",
    }),
  ).toContainText("function_call_output");
  // The output is in the draft, so once the call shows in the earlier turns no form asks for it again.
  await expect(
    page
      .getByRole("region", { name: "Earlier turns" })
      .getByRole("article", { name: /^Function call/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("group", { name: /^Tool call outputs/ }),
  ).toHaveCount(0);
  await playground.sendButton.click();
  await expect(playground.statusBadge(playground.response(1))).toHaveText(
    "completed",
    { timeout: RUN_TIMEOUT },
  );
});

test("Compact shows the compacted window and continues from it", async ({
  page,
  request,
}) => {
  const first = await createResponse(request, { input: "Remember: blue." });
  const second = await createResponse(request, {
    input: "And green.",
    previous_response_id: first.id,
  });
  const inspector = new InspectorPage(page);
  await inspector.goto(second.id);
  await inspector.compactButton.click();
  await expect(
    inspector.compactedWindow.getByRole("article", { name: "Compaction" }),
  ).toBeVisible();
  await inspector.compactedWindow
    .getByRole("button", { name: "Continue from compaction" })
    .click();

  const playground = new PlaygroundPage(page);
  await expect(
    page.getByRole("status", { name: "Thread origin" }),
  ).toContainText(`compacted window of ${second.id}`);
  // The thread starts with the window's items, as they will be resent.
  const earlier = page.getByRole("region", { name: "Earlier turns" });
  await expect(
    earlier.getByRole("article", { name: "Compaction" }),
  ).toBeVisible();
  await expect(earlier.getByText("And green.", { exact: true })).toBeVisible();
  const json = await playground.requestCode("JSON");
  expect(json).toContain('"type": "compaction"');
  expect(json).not.toContain("previous_response_id");
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
