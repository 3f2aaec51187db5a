import { expect, test } from "./fixtures";
import { PlaygroundPage } from "./pages/playground-page";
import { saveShot } from "./pages/shots";

const WAIT = 20_000;

/** A request as Codex-style clients send it, written as the API reference's curl examples are. */
const body = {
  model: "gpt-5-codex",
  instructions: "You are a coding agent.",
  input: [
    { role: "user", content: "Run get_weather for Paris" },
    {
      type: "function_call",
      call_id: "call_1",
      name: "get_weather",
      arguments: '{"city":"Paris"}',
    },
    { type: "function_call_output", call_id: "call_1", output: "sunny" },
    { role: "user", content: "And what does that mean?" },
  ],
  tools: [
    {
      type: "function",
      name: "get_weather",
      parameters: {
        type: "object",
        properties: { city: { type: "string" } },
        required: ["city"],
      },
    },
  ],
  stream: true,
  prompt_cache_key: "session-1",
  client_metadata: { session_id: "s-1" },
};
const curl = `curl http://127.0.0.1:4000/v1/responses \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer $OPENAI_API_KEY" \\
  -d '${JSON.stringify(body, null, 2)}'`;

test("a pasted curl command opens in the composer, says what it left out, and sends", async ({
  page,
}) => {
  await page.goto("/responses");
  await page
    .getByRole("link", { name: "Import a request body or curl command…" })
    .click();
  await expect(
    page.getByRole("heading", { name: "Import a request" }),
  ).toBeVisible();
  const field = page.getByRole("textbox", {
    name: "Request body or curl command",
  });
  const open = page.getByRole("button", { name: "Open in the playground" });

  // A paste that is no request is explained, and stays to be fixed.
  await field.fill(`curl http://127.0.0.1:4000/v1/responses -d '{"model":}'`);
  await open.click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "The request body is not JSON",
  );
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue(/^curl /);

  await field.fill(curl);
  await saveShot(page, "import-request");
  await open.click();
  await expect(page).toHaveURL(/\/$/);
  const playground = new PlaygroundPage(page);
  const origin = page.getByRole("status", { name: "Thread origin" });
  await expect(origin).toContainText("Imported request");
  await expect(origin).toContainText(
    "Left out: the parameter client_metadata.",
  );
  await expect(playground.instructions).toHaveValue("You are a coding agent.");
  await expect(playground.input).toHaveValue("And what does that mean?");
  await expect(
    page.getByRole("group", { name: "Function get_weather" }),
  ).toBeVisible();

  // The composer resends the request as it was pasted, less what it left out.
  const sent = JSON.parse(await playground.requestCode("JSON")) as Record<
    string,
    unknown
  >;
  const { client_metadata: _left, ...kept } = body;
  expect(sent).toMatchObject({
    ...kept,
    input: [
      { role: "user", content: "Run get_weather for Paris" },
      body.input[1],
      body.input[2],
      { role: "user", content: "And what does that mean?" },
    ],
  });
  await saveShot(page, "imported-request");

  await playground.sendButton.click();
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: WAIT,
  });
  const answer = await playground.messageText(response);
  expect(answer).toContain("Input: 4 items (4 new in this request)");
  expect(answer).toContain("You said: And what does that mean?");
});
