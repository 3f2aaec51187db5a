import { expect, test } from "./fixtures";

const RUN_TIMEOUT = 30_000;

test("JSON mode: a request that never says json is refused with the draft kept, and the answer shows as JSON", async ({
  playground,
  page,
}) => {
  await page
    .getByRole("combobox", { name: "Text format" })
    .selectOption("json_object");
  await expect(
    page.getByText("The API refuses JSON mode unless an input message says"),
  ).toBeVisible();

  await playground.send("Describe a cat");
  await expect(playground.alert(playground.response(1))).toContainText(
    "Response input messages must contain the word 'json' in some form",
    { timeout: RUN_TIMEOUT },
  );
  await expect(playground.input).toHaveValue("Describe a cat");

  await playground.send("Describe a cat as JSON");
  const answer = playground.response(2);
  await expect(playground.statusBadge(answer)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  // Pretty-printed, as the JSON it is: markdown would show the model's one line.
  expect(await playground.messageText(answer)).toContain(
    '\n  "you_said": "Describe a cat as JSON"\n',
  );
});

test("a JSON schema answer shows as JSON, live and on its stored response's page", async ({
  playground,
  page,
}) => {
  await page
    .getByRole("combobox", { name: "Text format" })
    .selectOption("json_schema");
  await playground.send("A schema answer");
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  const pretty = '{\n  "answer": "A schema answer"\n}';
  expect(await playground.messageText(response)).toBe(pretty);

  const id = await playground.responseId(response).innerText();
  await page.goto(`/responses/${id}`);
  const message = page
    .getByRole("region", { name: "Output" })
    .getByRole("article", { name: "Message", exact: true });
  await expect(message.locator(":scope > div")).toHaveText(pretty, {
    useInnerText: true,
  });
});
