import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WalFlusher } from "./wal-flusher";

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0))
    fs.rmSync(dir, { recursive: true, force: true });
});

/** A file with some bytes, as a log SQLite has written. */
function logFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wal-flusher-"));
  dirs.push(dir);
  const file = path.join(dir, "engine.sqlite-wal");
  fs.writeFileSync(file, "frames");
  return file;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean) {
  while (!condition()) await sleep(5);
}

/**
 * The flushes `fs.fdatasync` has been asked for; each still runs for real, once `release` lets the held ones
 * start (all start at once unless `hold` is set), and `nextEnd` waits for the next one to end.
 */
function watchFlushes({ hold = false } = {}) {
  const ended: (() => void)[] = [];
  const held: (() => void)[] = [];
  const real = fs.fdatasync;
  const spy = vi.spyOn(fs, "fdatasync").mockImplementation((fd, callback) => {
    const start = () =>
      real(fd, (error) => {
        callback(error);
        ended.splice(0).forEach((resolve) => resolve());
      });
    if (hold) held.push(start);
    else start();
  });
  return {
    count: () => spy.mock.calls.length,
    fds: () => spy.mock.calls.map(([fd]) => fd),
    release: () => held.splice(0).forEach((start) => start()),
    nextEnd: () => new Promise<void>((resolve) => ended.push(resolve)),
  };
}

describe("WalFlusher", () => {
  it("flushes the log once for a burst of commits, once more for commits made during that flush, and not at all when idle", async () => {
    const flushes = watchFlushes({ hold: true });
    const flusher = WalFlusher.open(logFile())!;
    expect(flusher).not.toBeNull();
    await sleep(120);
    expect(flushes.count()).toBe(0);

    for (let i = 0; i < 100; i++) flusher.committed();
    await until(() => flushes.count() === 1);
    flusher.committed();
    flusher.committed();
    let end = flushes.nextEnd();
    flushes.release();
    await end;
    await until(() => flushes.count() === 2);
    end = flushes.nextEnd();
    flushes.release();
    await end;

    await sleep(120);
    expect(flushes.count()).toBe(2);
    flusher.close();
  });

  it("closes the log's file, after the flush in progress when there is one", async () => {
    const flushes = watchFlushes({ hold: true });
    const idle = WalFlusher.open(logFile())!;
    idle.committed();
    idle.close();
    await sleep(120);
    // Closed before its delay ran out: no flush.
    expect(flushes.count()).toBe(0);

    const busy = WalFlusher.open(logFile())!;
    const end = flushes.nextEnd();
    busy.committed();
    await until(() => flushes.count() === 1);
    busy.close();
    const [fd] = flushes.fds();
    expect(() => fs.fstatSync(fd!)).not.toThrow();
    flushes.release();
    await end;
    await sleep(20);
    expect(() => fs.fstatSync(fd!)).toThrow(/EBADF/);
  });

  it("is not there for a log that cannot be opened", () => {
    expect(
      WalFlusher.open(path.join(os.tmpdir(), "no-such-dir", "x-wal")),
    ).toBeNull();
  });
});
