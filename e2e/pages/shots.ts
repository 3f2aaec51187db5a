import { mkdirSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";

/** Where screenshots for a person to look at go when SHOTS_DIR is set; unset, none are taken and a run writes nothing more. */
const shotsDir = process.env.SHOTS_DIR;

/** Saves `target` (a page, or an element scrolled into view) as `$SHOTS_DIR/<name>.png`, when SHOTS_DIR is set. */
export async function saveShot(
  target: Page | Locator,
  name: string,
  { fullPage = false }: { fullPage?: boolean } = {},
): Promise<void> {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  const path = `${shotsDir}/${name}.png`;
  if ("goto" in target) {
    await target.screenshot({ path, fullPage });
    return;
  }
  await target.scrollIntoViewIfNeeded();
  await target.screenshot({ path });
}
