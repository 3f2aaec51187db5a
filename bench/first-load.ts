import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../scripts/find-chromium";
import type { Figure } from "./budgets";
import { startNextServer } from "./next-server";

const PORT = 3410;

/** Every script the page loaded until the network went quiet, as paths under /_next/. */
async function scriptsLoadedBy(url: string): Promise<string[]> {
  const found = findChromium({
    env: process.env,
    playwrightPath: chromium.executablePath(),
  });
  const browser = await chromium.launch({
    executablePath: found?.path,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "networkidle" });
    const names = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((name) => new URL(name).pathname.endsWith(".js")),
    );
    return names.map((name) => new URL(name).pathname);
  } finally {
    await browser.close();
  }
}

/**
 * First load: the JavaScript `/` loads in a fresh browser (its resource timings, prefetches and
 * lazy chunks included), each file gzipped as `next start` serves it.
 */
export async function benchFirstLoad(): Promise<Figure[]> {
  const server = await startNextServer(PORT, {});
  try {
    const scripts = await scriptsLoadedBy(`${server.url}/`);
    let bytes = 0;
    for (const path of scripts) {
      const file = readFileSync(`.next/${path.replace(/^\/_next\//, "")}`);
      bytes += gzipSync(file).length;
    }
    return [
      {
        label: `first-load JavaScript of / (${scripts.length} files, gzipped)`,
        value: bytes / 1024,
        unit: "KB",
        budget: "firstLoadJsGzipKb",
      },
    ];
  } finally {
    await server.stop();
  }
}
