import { mkdirSync, rmSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { ACCESS_TOKEN, PRIVATE_PORT_OFFSET } from "./e2e/private-server";
import { CHROMIUM_ARGS, findChromium } from "./scripts/find-chromium";

// E2E_PORT lets several checkouts run their e2e suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
// A second server of the same build with LOCAL_ENGINE=0, for what a person without the engine sees.
const ENGINE_OFF_PORT = PORT + 100;
const PRIVATE_PORT = PORT + PRIVATE_PORT_OFFSET;
const E2E_DATA_DIR = ".data/e2e";

// The main process picks one database for the run; workers re-read this config and inherit it.
const ownsRun = !process.env.E2E_ENGINE_DB;
if (ownsRun) {
  rmSync(E2E_DATA_DIR, { recursive: true, force: true });
  mkdirSync(E2E_DATA_DIR, { recursive: true });
  process.env.E2E_ENGINE_DB = `${E2E_DATA_DIR}/engine-${Date.now()}.sqlite`;
}
const engineDb = process.env.E2E_ENGINE_DB ?? `${E2E_DATA_DIR}/engine.sqlite`;

const browser = findChromium({
  env: process.env,
  playwrightPath: chromium.executablePath(),
});

const chromiumUse = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    ...(browser ? { executablePath: browser.path } : {}),
    args: CHROMIUM_ARGS,
  },
};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 1 : 2,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /(engine-off|access-token)\.spec\.ts$/,
      use: chromiumUse,
    },
    {
      name: "engine-off",
      testMatch: /engine-off\.spec\.ts$/,
      use: { ...chromiumUse, baseURL: `http://127.0.0.1:${ENGINE_OFF_PORT}` },
    },
    {
      name: "access-token",
      testMatch: /access-token\.spec\.ts$/,
      use: { ...chromiumUse, baseURL: `http://127.0.0.1:${PRIVATE_PORT}` },
    },
  ],
  // E2E runs against a production build, on its own port so a dev server on 3000 can keep running.
  webServer: [
    {
      command: `npm run build && npm start -- -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 600_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        LOCAL_ENGINE_DB: engineDb,
        LOCAL_ENGINE_TOKENS_PER_SECOND: "400",
        // A remote-style upstream that is this app's own /v1 over HTTP, so e2e covers the real proxy path.
        PLAYGROUND_UPSTREAMS: JSON.stringify([
          {
            id: "loopback",
            label: "Engine over HTTP",
            baseURL: `http://127.0.0.1:${PORT}/v1`,
            apiKeyEnv: "LOOPBACK_API_KEY",
          },
          {
            id: "offline",
            label: "Offline server",
            baseURL: "http://127.0.0.1:9/v1",
          },
        ]),
        LOOPBACK_API_KEY: "server-held-loopback-key",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
    {
      // Starts after the first server has built the app, and serves the same build.
      command: `npm start -- -p ${ENGINE_OFF_PORT}`,
      url: `http://127.0.0.1:${ENGINE_OFF_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        LOCAL_ENGINE: "0",
        // An OpenAI-compatible server with no key: the first server's engine over HTTP.
        PLAYGROUND_UPSTREAMS: JSON.stringify([
          {
            id: "compat",
            label: "Compatible test server",
            baseURL: `http://127.0.0.1:${PORT}/v1`,
          },
        ]),
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
    {
      // The same build again, private: every page and API call needs the access token.
      command: `npm start -- -p ${PRIVATE_PORT}`,
      // Answers 303 to the sign-in form, which Playwright counts as serving.
      url: `http://127.0.0.1:${PRIVATE_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PLAYGROUND_ACCESS_TOKEN: ACCESS_TOKEN,
        LOCAL_ENGINE_DB: `${E2E_DATA_DIR}/private-engine.sqlite`,
        LOCAL_ENGINE_TOKENS_PER_SECOND: "400",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
