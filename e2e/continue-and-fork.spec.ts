import { expect as baseExpect, test } from "@playwright/test";
import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { askWeather, createResponse, weatherTools } from "./pages/engine-api";
import { InspectorPage } from "./pages/inspector-page";
import { PlaygroundPage } from "./pages/playground-page";
import { saveShot } from "./pages/shots";

// Continue, Fork and Compact carry a stored response into the playground: its turns, its calls, its chain.
const RUN_TIMEOUT = 30_000;
// Several checkouts share two cores: waits are generous so a loaded machine does not fail them.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

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
  const { response: asked } = await askWeather(request);
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
  const { response: asked, callId } = await askWeather(request);
  const answered = await createResponse(request, {
    previous_response_id: asked.id,
    tools: weatherTools,
    input: [
      { type: "function_call_output", call_id: callId, output: "sunny" },
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
