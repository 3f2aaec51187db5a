import { expect, test } from "./fixtures";
import { ComposerPanel } from "./pages/composer-panel";
import { ItemViews } from "./pages/item-views";
import { saveShot } from "./pages/shots";

// The playback streams many items at 400 tok/s; waits are generous so a loaded machine does not fail them.
const RUN_TIMEOUT = 60_000;

test("every hosted item type is rendered from a played-back stream", async ({
  playground,
}) => {
  const views = new ItemViews(playground);
  await playground.send("/playback all");
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });

  const webSearch = views.item(1, "Web search");
  await expect(webSearch.getByText("Responses API event order")).toBeVisible();
  await expect(
    webSearch
      .getByRole("list", { name: "Sources" })
      .getByRole("link", { name: /example\.com\/playback/ }),
  ).toBeVisible();
  const webAnswer = views.message(1, "Playback example (web_search)");
  await expect(
    webAnswer
      .getByRole("list", { name: "Citations" })
      .getByRole("link", { name: "Streaming responses (playback source)" }),
  ).toHaveAttribute("href", "https://example.com/playback/responses-streaming");

  const fileSearch = views.item(1, "File search");
  const results = fileSearch.getByRole("list", { name: "Results" });
  await expect(results.getByRole("listitem")).toHaveCount(2);
  await expect(results.getByLabel("Score 0.920")).toBeVisible();
  await expect(
    views
      .message(1, "Playback example (file_search)")
      .getByRole("list", { name: "Citations" }),
  ).toContainText("protocol.md");

  const interpreter = views.item(1, "Code interpreter");
  await expect(interpreter.getByRole("region", { name: "Code" })).toContainText(
    "squares = [n * n for n in range(1, 6)]",
  );
  await expect(interpreter.getByLabel("Logs")).toHaveText(
    "squares: [1, 4, 9, 16, 25]\n",
  );

  const image = views.item(1, "Image generation");
  await expect(
    image.getByRole("img", { name: /A checkerboard over a gradient/ }),
  ).toBeVisible();
  await expect(
    image.getByRole("list", { name: "Partial images" }).getByRole("img"),
  ).toHaveCount(2);
  await expect(image.getByRole("link", { name: /^Download / })).toHaveAttribute(
    "href",
    /^data:image\/png;base64,/,
  );

  // Both the mcp and the mcp_approval examples list the server's tools first.
  const tools = views.item(1, "MCP tools · playback").first();
  await expect(tools.getByRole("list", { name: "MCP tools" })).toContainText(
    "roll_dice",
  );
  const mcpCall = views.item(1, "MCP call · playback.roll_dice");
  await expect(mcpCall).toContainText('"sides": 6');
  await expect(mcpCall.getByLabel("MCP output")).toContainText(
    "Rolled 4 and 2",
  );

  const shell = views.item(1, "Shell call");
  await expect(shell).toContainText("cat README.md | head -n 3");
  const shellOutput = views.item(1, "Shell output");
  await expect(
    shellOutput
      .getByRole("region", { name: "Command 1 output" })
      .getByLabel("stdout"),
  ).toContainText("package.json");
  await expect(
    shellOutput
      .getByRole("region", { name: "Command 2 output" })
      .getByLabel("stderr"),
  ).toHaveText("head: playback\n");

  const computer = views.item(1, "Computer action");
  await expect(computer.getByRole("list", { name: "Actions" })).toHaveText(
    "click left at (320, 240)",
  );
  await expect(
    computer.getByRole("region", { name: "Pending safety checks" }),
  ).toContainText("malicious_instructions");

  await expect(views.item(1, "Local shell call")).toContainText("ls -la");
  const patch = views.item(1, "Apply patch");
  const diff = patch.getByLabel("Diff of README.md");
  await expect(diff).toContainText("-A playground.");
  await expect(diff).toContainText("+A playground. (Playback example");

  await expect(
    views
      .item(1, "Custom tool call · playback_custom_tool")
      .getByLabel("Input"),
  ).toContainText("SELECT name FROM tools");

  const approval = views.item(1, "MCP approval request · playback.roll_dice");
  await expect(approval.getByRole("button", { name: "Approve" })).toBeVisible();
  await expect(approval.getByRole("button", { name: "Deny" })).toBeVisible();

  for (const [title, name] of [
    ["Web search", "web-search"],
    ["File search", "file-search"],
    ["Code interpreter", "code-interpreter"],
    ["Image generation", "image-generation"],
    ["MCP call · playback.roll_dice", "mcp-call"],
    ["Shell call", "shell-call"],
    ["Shell output", "shell-output"],
    ["Computer action", "computer-call"],
    ["Local shell call", "local-shell-call"],
    ["Apply patch", "apply-patch"],
    ["Custom tool call · playback_custom_tool", "custom-tool-call"],
    ["MCP approval request · playback.roll_dice", "mcp-approval-request"],
  ] as const)
    await saveShot(views.item(1, title), name);
  await saveShot(tools, "mcp-list-tools");
  await saveShot(
    views.message(1, "Playback example (code_interpreter)"),
    "message-container-citation",
  );
  await saveShot(
    views.message(1, "Playback example (web_search)"),
    "message-url-citations",
  );
});

test("a container file citation downloads through the proxy", async ({
  playground,
}) => {
  const views = new ItemViews(playground);
  await playground.send("/playback code_interpreter");
  const message = views.message(1, "Playback example (code_interpreter)");
  const button = message.getByRole("button", { name: "squares.csv" });
  await expect(button).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(button).toHaveAttribute(
    "title",
    /^GET \/v1\/containers\/cntr_\w+\/files\/cfile_\w+\/content$/,
  );
  await button.click();
  // The proxy lets the path through (no path_not_allowed); the local engine keeps no container files, so it says so.
  const problem = message.getByRole("alert");
  await expect(problem).toBeVisible();
  await expect(problem).not.toContainText("forwards only");
});

test("an MCP approval answered in the UI continues the response", async ({
  playground,
}) => {
  const views = new ItemViews(playground);
  await playground.send("/playback mcp_approval");
  const approve = views.approveButton(1);
  await expect(approve).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(playground.statusBadge(playground.response(1))).toHaveText(
    "completed",
  );
  await approve.click();

  const second = playground.response(2);
  await expect(playground.statusBadge(second)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  await expect(views.sentItem(2, "mcp_approval_response")).toBeVisible();
  const call = views.item(2, "MCP call · playback.roll_dice");
  await expect(call.getByLabel("MCP output")).toContainText("Rolled 4 and 2");
  await expect(call).toContainText("Approved by request");
  await expect(views.message(2, "You approved the call.")).toBeVisible();
  // Answered: the first response shows the decision instead of the buttons.
  const request = views.item(1, "MCP approval request · playback.roll_dice");
  await expect(request.getByRole("status")).toHaveText("Approved");
  await expect(request.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await saveShot(request, "mcp-approval-approved");
  await saveShot(call, "mcp-call-after-approval");
});

test("a custom tool call is answered from the composer with a custom_tool_call_output", async ({
  playground,
}) => {
  const views = new ItemViews(playground);
  await playground.send("/playback custom");
  const answer = views.toolOutput("playback_custom_tool");
  await expect(answer).toBeVisible({ timeout: RUN_TIMEOUT });
  await answer.fill("3 rows");
  const body = await playground.requestCode("JSON");
  expect(body).toContain('"type": "custom_tool_call_output"');
  await playground.sendButton.click();
  await expect(playground.statusBadge(playground.response(2))).toHaveText(
    "completed",
    { timeout: RUN_TIMEOUT },
  );
  await expect(views.sentItem(2, "custom_tool_call_output")).toBeVisible();
  await expect(answer).toHaveCount(0);
});

test("a custom tool with a lark grammar is called with input its grammar derives, then answered", async ({
  playground,
  page,
}) => {
  const composer = new ComposerPanel(page);
  const views = new ItemViews(playground);
  await playground.addTool("Custom");
  await composer.field("Tool name").fill("calc");
  await composer.field("Input format").selectOption("grammar");
  await composer
    .field("Grammar")
    .fill('start: NUMBER (" + " NUMBER)*\n%import common.NUMBER');
  await composer.field("Tool choice").selectOption("required");
  await playground.send("add 2 and 3");
  const call = views.item(1, "Custom tool call · calc");
  await expect(call).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(call.getByText("0", { exact: true })).toBeVisible();
  await saveShot(call, "custom-tool-call-lark");
  await composer.field("Tool choice").selectOption("auto");
  await views.toolOutput("calc").fill("the sum is five");
  await playground.sendButton.click();
  await expect(views.message(2, "the sum is five")).toBeVisible({
    timeout: RUN_TIMEOUT,
  });
});
