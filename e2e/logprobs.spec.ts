import { expect, test } from "./fixtures";
import { ItemViews } from "./pages/item-views";
import { saveShot } from "./pages/shots";

// Waits are generous, as in the other item views' tests, so a loaded machine does not fail them.
const RUN_TIMEOUT = 60_000;

/** A stream with logprobs, which the local engine does not produce: served in place of the upstream's reply. */
function logprobStream(): string {
  const top = (token: string, logprob: number) => ({
    token,
    logprob,
    bytes: [...Buffer.from(token)],
  });
  const tokens = [
    {
      ...top("Paris", -0.01),
      top_logprobs: [top("Paris", -0.01), top("Lyon", -4.6)],
    },
    {
      ...top(" is", -0.2),
      top_logprobs: [top(" is", -0.2), top(" was", -1.8)],
    },
    {
      ...top(" lovely", -2.3),
      top_logprobs: [top(" lovely", -2.3), top(" big", -0.4)],
    },
  ];
  const text = tokens.map((token) => token.token).join("");
  const response = (status: string, output: unknown[]) => ({
    id: "resp_logprobs",
    object: "response",
    created_at: 1,
    status,
    model: "canned-logprobs",
    output,
    error: null,
    incomplete_details: null,
    usage: null,
  });
  const at = { item_id: "msg_lp", output_index: 0, content_index: 0 };
  const part = { type: "output_text", text, annotations: [], logprobs: tokens };
  const message = {
    id: "msg_lp",
    type: "message",
    role: "assistant",
    status: "completed",
    content: [part],
  };
  const events = [
    { type: "response.created", response: response("in_progress", []) },
    {
      type: "response.output_item.added",
      output_index: 0,
      item: { ...message, status: "in_progress", content: [] },
    },
    {
      type: "response.content_part.added",
      ...at,
      part: { ...part, text: "", logprobs: [] },
    },
    ...tokens.map((token) => ({
      type: "response.output_text.delta",
      ...at,
      delta: token.token,
      logprobs: [token],
    })),
    { type: "response.output_text.done", ...at, text, logprobs: tokens },
    { type: "response.content_part.done", ...at, part },
    { type: "response.output_item.done", output_index: 0, item: message },
    { type: "response.completed", response: response("completed", [message]) },
  ];
  return events
    .map(
      (event, index) =>
        `event: ${event.type}\ndata: ${JSON.stringify({ ...event, sequence_number: index })}\n\n`,
    )
    .join("");
}

test("logprobs show as a heat map whose tokens tell their alternatives on focus", async ({
  playground,
  page,
}) => {
  const views = new ItemViews(playground);
  await page.route("**/api/proxy/*/v1/responses", (route) =>
    route.fulfill({
      status: 200,
      headers: { "content-type": "text/event-stream" },
      body: logprobStream(),
    }),
  );
  await playground.send("Where?");
  const heatmap = views
    .item(1, "Message")
    .getByRole("group", { name: "Token probabilities" });
  await expect(heatmap).toBeVisible({ timeout: RUN_TIMEOUT });
  const lovely = heatmap.getByLabel(/^" lovely" 10\.0%/);
  await expect(lovely).toHaveAttribute(
    "title",
    '" lovely" 10.0%; alternatives: " big" 67.0%',
  );
  await lovely.focus();
  await expect(
    views.item(1, "Message").getByText(/logprob -2\.300/),
  ).toBeVisible();
  await saveShot(views.item(1, "Message"), "message-logprobs");
});
