import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { EngineResponse } from "../types";
import { EngineStore } from "./engine-store";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0))
    fs.rmSync(dir, { recursive: true, force: true });
});

function sharedFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-store-"));
  dirs.push(dir);
  return path.join(dir, "engine.sqlite");
}

/** A background response still running, as the engine stores one. */
function running(id: string): EngineResponse {
  return {
    id,
    object: "response",
    created_at: 1,
    status: "in_progress",
    background: true,
    output: [],
  } as unknown as EngineResponse;
}

/** A store on `file` that has committed one running background response, `resp_a`. */
function runningIn(file: string): EngineStore {
  const store = new EngineStore(file);
  store.insertResponse(running("resp_a"), []);
  store.flush();
  return store;
}

/** Changes the file as another process would, through a connection of its own. */
function writeFromOutside(file: string, sql: string, ...params: unknown[]) {
  const other = new Database(file);
  other.prepare(sql).run(...params);
  other.close();
}

const orphanIds = (store: EngineStore) =>
  store.orphanedBackgroundResponses().map((response) => response.id);

describe("background responses on a file two engines share", () => {
  it("are not orphans while the engine running them is open", () => {
    const file = sharedFile();
    const a = runningIn(file);
    const b = new EngineStore(file);
    expect(orphanIds(b)).toEqual([]);
    a.close();
    expect(orphanIds(b)).toEqual(["resp_a"]);
    b.close();
  });

  it("are orphans once their engine has been silent for 10 s (a crashed process)", () => {
    const file = sharedFile();
    const a = runningIn(file);
    writeFromOutside(
      file,
      "UPDATE engine_runners SET seen_at = ?",
      Date.now() - 11_000,
    );
    const b = new EngineStore(file);
    expect(orphanIds(b)).toEqual(["resp_a"]);
    a.close();
    b.close();
  });

  it("are orphans when no runner was recorded (an engine from before runners)", () => {
    const file = sharedFile();
    const a = runningIn(file);
    writeFromOutside(file, "UPDATE responses SET runner = NULL");
    expect(orphanIds(a)).toEqual(["resp_a"]);
    a.close();
  });
});
