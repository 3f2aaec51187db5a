import { accessSync, constants, statSync } from "node:fs";

/** Where a Chromium for the end-to-end tests was found. */
export type ChromiumSource = "env" | "system" | "playwright";

export type ChromiumLocation = { path: string; source: ChromiumSource };

export type FindChromiumOptions = {
  /** Usually `process.env`; only PLAYWRIGHT_CHROMIUM_EXECUTABLE is read. */
  env: Readonly<Record<string, string | undefined>>;
  /** Debian's Chromium, overridable so tests can point at a temp file. */
  systemPath?: string;
  /** Where Playwright's own browser would be (`chromium.executablePath()`), if known. */
  playwrightPath?: string;
};

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Flags for a headless Chromium on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Picks a Chromium: the env override, then Debian's, then Playwright's own download.
 * An override that points at nothing runnable is an error, since silently ignoring it would hide a typo.
 */
export function findChromium(
  options: FindChromiumOptions,
): ChromiumLocation | null {
  const override = options.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE?.trim();
  if (override) {
    if (!isExecutableFile(override)) {
      throw new Error(
        `PLAYWRIGHT_CHROMIUM_EXECUTABLE=${override} is not an executable file`,
      );
    }
    return { path: override, source: "env" };
  }
  const systemPath = options.systemPath ?? SYSTEM_CHROMIUM;
  if (isExecutableFile(systemPath))
    return { path: systemPath, source: "system" };
  if (options.playwrightPath && isExecutableFile(options.playwrightPath)) {
    return { path: options.playwrightPath, source: "playwright" };
  }
  return null;
}

export type InstallPlan =
  | { kind: "apt"; command: string }
  | { kind: "playwright"; command: string }
  | { kind: "manual"; instruction: string };

/** Decides how to get a Chromium when none is found: Debian's as root, else Playwright's download. */
export function planChromiumInstall(options: {
  isRoot: boolean;
  aptGetPath: string;
}): InstallPlan {
  if (options.isRoot && isExecutableFile(options.aptGetPath)) {
    return {
      kind: "apt",
      command: "apt-get update && apt-get install -y chromium",
    };
  }
  if (!options.isRoot) {
    return { kind: "playwright", command: "npx playwright install chromium" };
  }
  return {
    kind: "manual",
    instruction:
      "No Chromium found: install one and set PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chromium",
  };
}
