import { execFileSync } from "node:child_process";
import { expect, test } from "./fixtures";

// Streams at 400 tok/s take seconds; waits are generous so a loaded machine does not fail them.
const RUN_TIMEOUT = 30_000;
const WORDS = 2_000;

test("streams text from the local engine until the response completes", async ({
  playground,
}) => {
  test.setTimeout(2 * RUN_TIMEOUT);
  // 2,000 words at 400 tokens/s stream for about five seconds: long enough to be seen mid-stream on a busy machine.
  await playground.send(`/words ${WORDS}`);
  const response = playground.response(1);
  const message = playground.item(response, "Message");
  await expect(message).toBeVisible({ timeout: RUN_TIMEOUT });

  // Seen mid-stream: some words are there, not all, and Stop is still offered.
  let partial = 0;
  await expect
    .poll(
      async () => {
        partial = await playground.messageWords(response);
        return (
          partial > 0 &&
          partial < WORDS &&
          (await playground.stopButton.isVisible())
        );
      },
      { intervals: [25], timeout: RUN_TIMEOUT },
    )
    .toBe(true);
  await expect
    .poll(() => playground.messageWords(response), { timeout: RUN_TIMEOUT })
    .toBeGreaterThan(partial);

  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  expect(await playground.messageWords(response)).toBe(WORDS);
  await expect(playground.sendButton).toBeVisible();
  await expect(response.getByLabel("Token usage")).toBeVisible();
});

test("the inspector lists every event in order, response.completed last", async ({
  playground,
}) => {
  await playground.send("hello inspector");
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });

  const events = await playground.downloadEvents();
  expect(events.length).toBeGreaterThan(3);
  expect(events.map((event) => event.data.sequence_number)).toEqual(
    events.map((_, index) => index),
  );
  expect(events[0]?.data.type).toBe("response.created");
  expect(events.at(-1)?.data.type).toBe("response.completed");
  expect(events.map((event) => event.data.type)).toContain(
    "response.output_text.delta",
  );

  await playground.scrollEventLogToTop();
  const firstRow = playground.eventRows().first();
  await expect(firstRow).toContainText("response.created");
  await expect(firstRow.getByRole("button")).toContainText(
    /^\s*0\s*response\.created/,
  );
  await expect(playground.stat("Events")).toHaveText(String(events.length));
});

test("the event log follows a long stream to its last event, and a row opens to its JSON", async ({
  playground,
}) => {
  test.setTimeout(2 * RUN_TIMEOUT);
  await playground.send(`/words ${WORDS}`);
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  const rows = playground.eventRows();
  await expect(
    rows.filter({ hasText: "response.completed" }).last(),
  ).toBeInViewport();

  await playground.scrollEventLogToTop();
  const first = rows.first();
  const second = rows.nth(1);
  // The list renders the top rows after the scroll event, so the first row is the created event only then.
  await expect(first).toContainText("response.created");
  const toggle = first.getByRole("button", { name: /response\.created/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(first).toContainText('"type": "response.created"');
  // The rows below make room for the opened one, once it is measured.
  await expect
    .poll(async () => {
      const [opened, next] = await Promise.all([
        first.boundingBox(),
        second.boundingBox(),
      ]);
      return opened && next ? next.y - (opened.y + opened.height) : null;
    })
    .toBe(0);
  expect((await first.boundingBox())?.height).toBeGreaterThan(100);

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(first).not.toContainText('"type"');
  await expect
    .poll(async () => (await second.boundingBox())?.y)
    .toBe(((await first.boundingBox())?.y ?? 0) + 25);
});

test("Stop ends a run mid-stream and keeps what arrived", async ({
  playground,
}) => {
  await playground.send("/words 5000");
  const response = playground.response(1);
  await expect
    .poll(() => playground.messageWords(response), { timeout: RUN_TIMEOUT })
    .toBeGreaterThan(20);

  await playground.stopButton.click();

  await expect(playground.alert(response)).toContainText("Stopped");
  await expect(playground.statusBadge(response)).toHaveText("stopped");
  await expect(playground.sendButton).toBeVisible();
  await expect(playground.stopButton).toBeHidden();
  await expect(playground.item(response, "Message")).toBeVisible();
  const words = await playground.messageWords(response);
  expect(words).toBeGreaterThan(20);
  expect(words).toBeLessThan(5000);
});

test.describe("failing directives show their error", () => {
  test("/fail ends with response.failed", async ({ playground }) => {
    await playground.send("/fail");
    const alert = playground.alert(playground.response(1));
    await expect(alert).toContainText("The response failed · server_error", {
      timeout: RUN_TIMEOUT,
    });
    await expect(alert).toContainText(
      "The local model failed on purpose (/fail directive).",
    );
    await expect(playground.statusBadge(playground.response(1))).toHaveText(
      "failed",
    );
  });

  test("/http 429 shows the HTTP error and keeps the draft", async ({
    playground,
  }) => {
    await playground.send("/http 429");
    const alert = playground.alert(playground.response(1));
    await expect(alert).toContainText("HTTP 429 · rate_limit_exceeded", {
      timeout: RUN_TIMEOUT,
    });
    await expect(alert).toContainText(
      "The local model answered HTTP 429 on purpose (/http directive).",
    );
    await expect(playground.input).toHaveValue("/http 429");
    await expect(playground.sendButton).toBeEnabled();
  });

  test("/error shows the stream's error event", async ({ playground }) => {
    await playground.send("/error");
    const alert = playground.alert(playground.response(1));
    await expect(alert).toContainText(
      "The stream sent an error · server_error",
      {
        timeout: RUN_TIMEOUT,
      },
    );
    await expect(alert).toContainText(
      "The local model stopped streaming on purpose (/error directive).",
    );
  });
});

test("a function call shows its arguments as they stream", async ({
  playground,
}) => {
  await playground.addTool("Function");
  await playground.send("call get_weather city=Paris");
  const response = playground.response(1);
  const call = playground.item(response, "Function call · get_weather");
  await expect(call).toContainText('"city": "Paris"', { timeout: RUN_TIMEOUT });
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });

  const deltaType = "response.function_call_arguments.delta";
  await expect(
    playground.eventFilter.locator("option", { hasText: deltaType }),
  ).toHaveCount(1);
  await playground.filterEvents(deltaType);
  await expect(playground.eventRows().first()).toContainText(deltaType);
  const shown = await playground.eventRows().allInnerTexts();
  expect(shown.length).toBeGreaterThan(0);
  for (const row of shown) expect(row).toContain(deltaType);
});

test("the curl export of the draft runs against the engine", async ({
  playground,
  page,
}) => {
  await playground.input.fill("export me");
  // Without streaming, curl prints the response as one JSON object.
  await playground.streamToggle.uncheck();

  const json = await playground.requestCode("JSON");
  expect(json).toContain('"model": "local-echo"');
  expect(JSON.parse(json)).toMatchObject({ model: "local-echo" });

  const code = await playground.requestCode("curl");
  const origin = new URL(page.url()).origin;
  expect(code).toContain(`${origin}/v1/responses`);
  const printed = execFileSync("sh", ["-c", code], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: RUN_TIMEOUT,
  });
  const body = JSON.parse(printed) as {
    status: string;
    output: { type: string; content?: { type: string; text?: string }[] }[];
  };
  expect(body.status).toBe("completed");
  const text = body.output
    .flatMap((item) => item.content ?? [])
    .map((part) => part.text ?? "")
    .join("");
  expect(text).toContain("export me");
  // Only shown, never sent: the thread stays empty.
  await expect(playground.responses()).toHaveCount(0);
});

test("a second turn continues from the first with previous_response_id", async ({
  playground,
}) => {
  await playground.send("first turn");
  const first = playground.response(1);
  await expect(playground.statusBadge(first)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  await expect(playground.item(first, "Message")).toContainText(
    "Input: 1 item (1 new in this request)",
  );

  await playground.send("second turn");
  const second = playground.response(2);
  await expect(playground.statusBadge(second)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  const message = playground.item(second, "Message");
  // The engine saw the first turn's input and output too: three items, one of them new.
  await expect(message).toContainText("Input: 3 items (1 new in this request)");
  await expect(message).toContainText("You said: second turn");

  const secondId = await playground.responseId(second).innerText();
  const firstId = await playground.responseId(first).innerText();
  expect(secondId).not.toBe(firstId);
  const body = JSON.parse(await playground.requestCode("JSON")) as Record<
    string,
    unknown
  >;
  expect(body.previous_response_id).toBe(secondId);
});

test("the draft survives a reload", async ({ playground, page }) => {
  await playground.input.fill("a draft to keep");
  await playground.instructions.fill("Answer in French.");
  await page.reload();
  await expect(playground.input).toHaveValue("a draft to keep");
  await expect(playground.instructions).toHaveValue("Answer in French.");
});
