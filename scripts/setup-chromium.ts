import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import {
  findChromium,
  planChromiumInstall,
  type ChromiumLocation,
} from "./find-chromium";

// Makes sure the end-to-end tests and the bench have a Chromium, installing one when none is found.

function locate(): ChromiumLocation | null {
  return findChromium({
    env: process.env,
    playwrightPath: chromium.executablePath(),
  });
}

function main(): number {
  const found = locate();
  if (found) {
    console.log(`Chromium for Playwright: ${found.path} (${found.source})`);
    return 0;
  }
  const plan = planChromiumInstall({
    isRoot: process.getuid?.() === 0,
    aptGetPath: "/usr/bin/apt-get",
  });
  if (plan.kind === "manual") {
    console.error(plan.instruction);
    return 1;
  }
  console.log(`No Chromium found; running: ${plan.command}`);
  const result = spawnSync(plan.command, { shell: true, stdio: "inherit" });
  const installed = result.status === 0 ? locate() : null;
  if (!installed) {
    console.error(
      "Could not install Chromium: run `apt-get install -y chromium` as root, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chromium",
    );
    return 1;
  }
  console.log(
    `Chromium for Playwright: ${installed.path} (${installed.source})`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
