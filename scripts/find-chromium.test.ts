import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  findChromium,
  isExecutableFile,
  planChromiumInstall,
} from "./find-chromium";

let dir: string;

function file(name: string, mode: number): string {
  const path = join(dir, name);
  writeFileSync(path, "#!/bin/sh\n");
  chmodSync(path, mode);
  return path;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "find-chromium-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("isExecutableFile", () => {
  it("accepts an executable file and rejects a plain file, a folder and a missing path", () => {
    expect(isExecutableFile(file("exe", 0o755))).toBe(true);
    expect(isExecutableFile(file("plain", 0o644))).toBe(false);
    expect(isExecutableFile(dir)).toBe(false);
    expect(isExecutableFile(join(dir, "missing"))).toBe(false);
  });
});

describe("findChromium", () => {
  it("prefers PLAYWRIGHT_CHROMIUM_EXECUTABLE over the system and Playwright browsers", () => {
    const override = file("override", 0o755);
    const found = findChromium({
      env: { PLAYWRIGHT_CHROMIUM_EXECUTABLE: override },
      systemPath: file("system", 0o755),
      playwrightPath: file("playwright", 0o755),
    });
    expect(found).toEqual({ path: override, source: "env" });
  });

  it("throws when the override points at nothing runnable", () => {
    const notExecutable = file("override", 0o644);
    expect(() =>
      findChromium({
        env: { PLAYWRIGHT_CHROMIUM_EXECUTABLE: notExecutable },
        systemPath: file("system", 0o755),
      }),
    ).toThrow(/PLAYWRIGHT_CHROMIUM_EXECUTABLE/);
  });

  it("ignores a blank override", () => {
    const system = file("system", 0o755);
    const found = findChromium({
      env: { PLAYWRIGHT_CHROMIUM_EXECUTABLE: "  " },
      systemPath: system,
    });
    expect(found).toEqual({ path: system, source: "system" });
  });

  it("uses the system Chromium before Playwright's own", () => {
    const system = file("system", 0o755);
    const found = findChromium({
      env: {},
      systemPath: system,
      playwrightPath: file("playwright", 0o755),
    });
    expect(found).toEqual({ path: system, source: "system" });
  });

  it("falls back to Playwright's browser when there is no system Chromium", () => {
    const playwright = file("playwright", 0o755);
    const found = findChromium({
      env: {},
      systemPath: join(dir, "no-system-chromium"),
      playwrightPath: playwright,
    });
    expect(found).toEqual({ path: playwright, source: "playwright" });
  });

  it("returns null when nothing is installed", () => {
    const found = findChromium({
      env: {},
      systemPath: join(dir, "no-system-chromium"),
      playwrightPath: join(dir, "no-playwright-chromium"),
    });
    expect(found).toBeNull();
  });
});

describe("planChromiumInstall", () => {
  it("installs Debian's Chromium as root when apt-get exists", () => {
    const plan = planChromiumInstall({
      isRoot: true,
      aptGetPath: file("apt-get", 0o755),
    });
    expect(plan).toEqual({
      kind: "apt",
      command: "apt-get update && apt-get install -y chromium",
    });
  });

  it("downloads Playwright's Chromium when not root", () => {
    const plan = planChromiumInstall({
      isRoot: false,
      aptGetPath: file("apt-get", 0o755),
    });
    expect(plan.kind).toBe("playwright");
  });

  it("asks for a manual install as root without apt-get", () => {
    const plan = planChromiumInstall({
      isRoot: true,
      aptGetPath: join(dir, "no-apt-get"),
    });
    expect(plan.kind).toBe("manual");
  });
});
