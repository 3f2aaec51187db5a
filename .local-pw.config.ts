import base from "./playwright.config";
import { defineConfig } from "@playwright/test";

// Local run only: serve the build made beforehand, because building inside the webServer step times out on this loaded machine.
const ws = Array.isArray(base.webServer) ? base.webServer[0] : base.webServer;
export default defineConfig({
  ...base,
  testDir: "/work/wt/jobs/e2e",
  webServer: { ...ws!, command: `npx next start -p ${process.env.E2E_PORT}` , cwd: "/work/wt/jobs"},
});
