import { expect, test } from "./fixtures";
import { CallAnswers } from "./pages/call-answers";
import { ItemViews } from "./pages/item-views";

const RUN_TIMEOUT = 60_000;

/** A real 1×1 PNG, the screenshot the computer call's answer uploads. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test("computer, local shell, shell and apply_patch calls are answered together from the composer", async ({
  playground,
}) => {
  const answers = new CallAnswers(playground);
  const views = new ItemViews(playground);
  // A shell tool with no environment runs on the client, so the engine plays back a shell_call to answer.
  await playground.addTool("Shell");
  await playground.send(
    "/playback computer_use /playback local_shell /playback shell /playback apply_patch",
  );
  await expect(answers.form("apply_patch_call")).toBeVisible({
    timeout: RUN_TIMEOUT,
  });

  await answers.uploadScreenshot(PNG);
  await expect(
    answers
      .form("computer_call")
      .getByRole("img", { name: "Screenshot preview" }),
  ).toBeVisible();
  await answers
    .form("computer_call")
    .getByRole("checkbox", {
      name: /^Acknowledge malicious_instructions/,
    })
    .check();

  await answers
    .field("local_shell_call", "Output")
    .fill('{"stdout": "README.md"}');

  await answers
    .command(1)
    .getByLabel("stdout", { exact: true })
    .fill("README.md");
  const exitCode = answers.command(1).getByLabel("Exit code", { exact: true });
  await exitCode.fill("zero");
  // A bad exit code says why at the field and holds Send back, keeping everything typed.
  await expect(
    answers.command(1).getByText("The exit code must be a whole number"),
  ).toBeVisible();
  await expect(exitCode).toHaveAttribute("aria-invalid", "true");
  await expect(playground.sendButton).toBeDisabled();
  await exitCode.fill("0");
  await answers
    .command(2)
    .getByLabel("Outcome", { exact: true })
    .selectOption({ label: "timed out" });

  await answers.field("apply_patch_call", "Status").selectOption("failed");
  await answers
    .field("apply_patch_call", "Output (optional)")
    .fill("hunk 1 did not apply");

  const body = await playground.requestCode("JSON");
  for (const type of [
    "computer_call_output",
    "local_shell_call_output",
    "shell_call_output",
    "apply_patch_call_output",
  ])
    expect(body).toContain(`"type": "${type}"`);
  expect(body).toContain('"max_output_length": 4096');
  expect(body).toContain('"image_url": "data:image/png;base64,');

  await expect(playground.sendButton).toBeEnabled();
  await playground.sendButton.click();
  const second = playground.response(2);
  await expect(playground.statusBadge(second)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  const reply = views.message(2, "That is everything the tools returned.");
  await expect(reply).toContainText("a screenshot (image/png data URL");
  await expect(reply).toContainText(
    "acknowledged safety checks: malicious_instructions",
  );
  await expect(reply).toContainText('returned: {"stdout": "README.md"}');
  await expect(reply).toContainText("ls -la exited 0");
  await expect(reply).toContainText("timed out");
  await expect(reply).toContainText("failed: hunk 1 did not apply");
  for (const type of [
    "computer_call_output",
    "local_shell_call_output",
    "shell_call_output",
    "apply_patch_call_output",
  ])
    await expect(views.sentItem(2, type)).toBeVisible();
  await expect(answers.form("computer_call")).toHaveCount(0);
});
