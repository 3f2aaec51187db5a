import { expect, test } from "./fixtures";
import { ComposerPanel, TOOL_MENU_ITEMS } from "./pages/composer-panel";
import { saveShot } from "./pages/shots";

const RUN_TIMEOUT = 20_000;

/** The Request tab's JSON body, parsed. */
async function requestBody(
  playground: import("./pages/playground-page").PlaygroundPage,
): Promise<Record<string, unknown>> {
  return JSON.parse(await playground.requestCode("JSON")) as Record<
    string,
    unknown
  >;
}

test("every tool type is added from the menu and shows in the Request tab", async ({
  playground,
  page,
}) => {
  for (const kind of TOOL_MENU_ITEMS) await playground.addTool(kind);
  const composer = new ComposerPanel(page);
  // Tools that need a value before they can be sent get one, as a person would type it.
  await composer.field("Vector store ids").fill("vs_e2e");
  await composer.field("Server label").fill("wiki");
  await composer.field("Server URL").fill("https://mcp.example.com/mcp");
  await playground.input.fill("which tools?");
  // What the local engine never calls is marked on its card before anything is sent.
  await expect(
    page.getByRole("group", { name: "Web search 3" }),
  ).toHaveAccessibleDescription(
    /never calls this one; \/playback web_search in your message plays an example/,
  );
  await expect(
    page.getByRole("group", { name: "Function get_weather" }),
  ).toHaveAccessibleDescription("");
  await saveShot(page, "tools-panel", { fullPage: true });

  const body = await requestBody(playground);
  const tools = body.tools as { type: string }[];
  expect(tools.map((tool) => tool.type)).toEqual([
    "function",
    "custom",
    "web_search",
    "file_search",
    "code_interpreter",
    "computer_use_preview",
    "mcp",
    "image_generation",
    "local_shell",
    "shell",
    "apply_patch",
  ]);
  expect(tools[3]).toEqual({
    type: "file_search",
    vector_store_ids: ["vs_e2e"],
  });
  expect(tools[6]).toEqual({
    type: "mcp",
    server_label: "wiki",
    server_url: "https://mcp.example.com/mcp",
  });
  await saveShot(page, "request-tab");

  // Offered, not forced: the engine answers, and its reply says which tools it cannot run.
  await playground.sendButton.click();
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  expect(await playground.messageText(response)).toContain(
    "web_search (hosted: the local engine cannot run it; /playback web_search plays an example)",
  );
});

test("a raw JSON item is checked, then sent", async ({ playground, page }) => {
  const composer = new ComposerPanel(page);
  const box = await composer.addJsonItem('{"type":"function_call_output"}');
  await expect(box).toHaveAccessibleDescription(/call_id/);
  await box.fill(
    JSON.stringify({
      type: "message",
      role: "user",
      content: [{ type: "input_text", text: "hello from a JSON item" }],
    }),
  );
  await expect(box).not.toHaveAttribute("aria-invalid");
  const body = await requestBody(playground);
  expect(body.input).toEqual([
    {
      type: "message",
      role: "user",
      content: [{ type: "input_text", text: "hello from a JSON item" }],
    },
  ]);
  await playground.sendButton.click();
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  expect(await playground.messageText(response)).toContain(
    "hello from a JSON item",
  );
  // The thread shows the item as the message it is, its parts as text.
  await expect(
    page.getByRole("group", { name: "Sent with response 1" }),
  ).toHaveText("hello from a JSON item");
});

test("a JSON item that is no message shows in the thread by its type and fields", async ({
  playground,
  page,
}) => {
  const composer = new ComposerPanel(page);
  const call = { call_id: "call_json", name: "lookup", arguments: "{}" };
  await composer.addJsonItem(
    JSON.stringify({ type: "function_call", ...call }),
  );
  await playground.send("what did the lookup find?");
  const sent = page.getByRole("group", { name: "Sent with response 1" });
  await expect(sent).toContainText(`function_call${JSON.stringify(call)}`);
  await expect(sent).not.toContainText("undefined");
});

test("an item the upstream refuses: the failure names its param, the draft stays", async ({
  playground,
  page,
}) => {
  const composer = new ComposerPanel(page);
  const replayed = JSON.stringify({
    role: "assistant",
    content: [{ type: "input_text", text: "An earlier answer" }],
  });
  const box = await composer.addJsonItem(replayed);
  await playground.send("and then?");
  const alert = playground.alert(playground.response(1));
  await expect(alert).toContainText(
    "Invalid value: 'input_text'. Supported values are: 'output_text' and 'refusal'.",
    { timeout: RUN_TIMEOUT },
  );
  await expect(alert).toContainText("param input[0].content[0]");
  await expect(box).toHaveValue(replayed);
  await expect(playground.input).toHaveValue("and then?");
});

test("parameters and metadata reach the exact body", async ({
  playground,
  page,
}) => {
  const composer = new ComposerPanel(page);
  // Each parameter's hint names it as the API does, for a screen reader too.
  await expect(playground.streamToggle).toHaveAccessibleDescription(
    "Server-sent events (stream)",
  );
  await expect(composer.field("Truncation")).toHaveAccessibleDescription(
    "⚠ local engine ignores",
  );
  const include = (value: string) =>
    composer.settings.getByRole("checkbox", { name: value, exact: true });
  await expect(include("file_search_call.results")).toHaveAccessibleDescription(
    "local engine ignores",
  );
  await expect(
    include("message.output_text.logprobs"),
  ).toHaveAccessibleDescription("");
  await playground.input.fill("params");
  await composer.field("Top logprobs").fill("2");
  await expect(composer.field("Top logprobs")).toHaveAccessibleDescription(
    "⚠ needs include logprobs",
  );
  await include("message.output_text.logprobs").check();
  await expect(composer.field("Top logprobs")).toHaveAccessibleDescription("");
  await composer.field("Truncation").selectOption("auto");
  await composer.field("Verbosity").selectOption("low");
  await include("reasoning.encrypted_content").check();
  await composer.metadata.getByRole("button", { name: "Key" }).click();
  await composer.metadata.getByLabel("Key of metadata row 1").fill("team");
  await composer.metadata.getByLabel("Value of metadata row 1").fill("e2e");
  await saveShot(page, "parameters", { fullPage: true });
  const body = await requestBody(playground);
  expect(body).toMatchObject({
    truncation: "auto",
    text: { verbosity: "low" },
    top_logprobs: 2,
    include: ["reasoning.encrypted_content", "message.output_text.logprobs"],
    metadata: { team: "e2e" },
  });
});

test("Send holds back a draft whose tool could not be built, says why and keeps the draft", async ({
  playground,
  page,
}) => {
  await playground.addTool("Function");
  const composer = new ComposerPanel(page);
  const parameters = composer.field("Parameters (JSON schema)");
  await parameters.fill('{"type": "object",');
  await playground.input.fill("what is the weather?");
  await playground.sendButton.click();

  const notSent = page.getByRole("alert", { name: "Not sent" });
  await expect(notSent).toContainText("tools[0].parameters");
  await expect(notSent).toContainText("Invalid JSON");
  await saveShot(page, "send-held-back");
  await expect(playground.response(1)).toHaveCount(0);
  await expect(playground.input).toHaveValue("what is the weather?");

  // Fixing the box clears the warning, and the same draft then goes with its tool.
  await parameters.fill('{"type": "object", "properties": {}}');
  await expect(notSent).toHaveCount(0);
  expect((await requestBody(playground)).tools).toHaveLength(1);
  await playground.sendButton.click();
  await expect(playground.statusBadge(playground.response(1))).toHaveText(
    "completed",
    { timeout: RUN_TIMEOUT },
  );
});
