import { expect, test as base } from "./fixtures";
import { ComposerPanel } from "./pages/composer-panel";
import { saveShot } from "./pages/shots";

const RUN_TIMEOUT = 20_000;
// Opening a capture device takes seconds on a loaded machine.
const MICROPHONE_TIMEOUT = 20_000;

// Chromium's fake capture device is a microphone that beeps; permission is granted per test below.
const test = base.extend({
  launchOptions: [
    async ({ launchOptions }, provide) =>
      provide({
        ...launchOptions,
        args: [
          ...(launchOptions.args ?? []),
          "--use-fake-device-for-media-stream",
        ],
      }),
    { scope: "worker" },
  ],
});

test.describe("with the microphone allowed", () => {
  test.use({ permissions: ["microphone"] });

  test("a recording becomes a WAV attachment the engine measures", async ({
    playground,
    page,
  }) => {
    // A real capture device, at least a second of sound and its conversion: more than a text turn.
    test.slow();
    const composer = new ComposerPanel(page);
    await composer.recordButton.click();
    await expect(composer.stopRecordingButton).toBeVisible({
      timeout: MICROPHONE_TIMEOUT,
    });
    await expect(composer.recordingTime).toHaveText(/^0:01 \//);
    await saveShot(page, "recording");
    await composer.stopRecordingButton.click();

    const recording = composer.attachment(/^recording-[\d-]+\.wav$/);
    await expect(recording).toContainText("audio · wav", {
      timeout: MICROPHONE_TIMEOUT,
    });
    await expect(composer.recordButton).toBeEnabled();
    await saveShot(page, "recorded-audio");

    await playground.send("Transcribe this.");
    const response = playground.response(1);
    await expect(playground.statusBadge(response)).toHaveText("completed", {
      timeout: RUN_TIMEOUT,
    });
    const text = await playground.messageText(response);
    const measured =
      /input_audio wav \(WAV audio, (\d+\.\d+) s, 24000 Hz mono;/.exec(text);
    expect(measured, text).not.toBeNull();
    expect(Number(measured?.[1])).toBeGreaterThan(0);
  });
});

test("a denied microphone gets a message in words and the draft stays", async ({
  playground,
  page,
}) => {
  const composer = new ComposerPanel(page);
  await playground.input.fill("keep me");
  await composer.recordButton.click();
  await expect(composer.attachAlert).toContainText(
    "Microphone permission was denied",
    { timeout: MICROPHONE_TIMEOUT },
  );
  await expect(playground.input).toHaveValue("keep me");
  await expect(composer.attachments).toHaveCount(0);
});
