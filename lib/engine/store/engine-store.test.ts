import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { EngineResponse } from "../types";
import { EngineStore } from "./engine-store";
import { prepareStatements } from "./statements";

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
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

/** An assistant message as a response's output holds it. */
const message = (id: string) => ({
  id,
  type: "message",
  role: "assistant",
  status: "completed",
  content: [{ type: "output_text", text: "hi", annotations: [] }],
});

const orphanIds = (store: EngineStore) =>
  store.orphanedBackgroundResponses().map((response) => response.id);

/** The tables a store statement's query plan reads whole: scanned with no index (json_each's rows are not a table). */
function scannedBy(
  statement: keyof ReturnType<typeof prepareStatements>,
  params: Record<string, unknown>,
): string[] {
  const file = sharedFile();
  new EngineStore(file).close();
  const db = new Database(file);
  const plan = db
    .prepare(`EXPLAIN QUERY PLAN ${prepareStatements(db)[statement].source}`)
    .all(params) as { detail: string }[];
  db.close();
  return plan.flatMap((step) => /^SCAN (\S+)$/.exec(step.detail)?.[1] ?? []);
}

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

  it("are found through an index of unfinished background responses, as engines look every few seconds", () => {
    // engine_runners holds one row per live engine.
    expect(scannedBy("orphanedBackground", { since: 0 })).toEqual([
      "engine_runners",
    ]);
  });
});

describe("atomically", () => {
  it("stores nothing of work that throws, not even what it queued before throwing", () => {
    const store = new EngineStore(sharedFile());
    expect(() =>
      store.atomically(() => {
        store.insertResponse(running("resp_half"), []);
        throw new Error("the work failed");
      }),
    ).toThrow("the work failed");
    expect(store.getResponse("resp_half")).toBeNull();
    store.close();
  });
});

describe("stored items by id, as item_reference finds them", () => {
  it("finds an output item a streamed response wrote later, until the response is deleted", () => {
    const store = runningIn(sharedFile());
    const response = running("resp_a");
    response.output.push(message("msg_late"));
    store.updateResponse(response);
    expect(store.findItem("msg_late")).toEqual(message("msg_late"));
    expect(store.deleteResponse("resp_a")).toBe(true);
    expect(store.findItem("msg_late")).toBeNull();
    store.close();
  });

  it("finds the output items a database held before it indexed them", () => {
    const file = sharedFile();
    const store = new EngineStore(file);
    store.insertResponse(
      { ...running("resp_old"), output: [message("msg_old")] },
      [],
    );
    store.close();
    const old = new Database(file);
    old.exec(`
      DROP TABLE response_output_items;
      DROP INDEX response_input_items_by_item_id;
      DROP INDEX conversation_items_by_item_id;
      DROP INDEX responses_unfinished_background;
      DROP INDEX conversations_by_created_at;
      CREATE INDEX response_input_items_by_id ON response_input_items(response_id, item_id);
      PRAGMA user_version = 4;
    `);
    old.close();
    const upgraded = new EngineStore(file);
    expect(upgraded.findItem("msg_old")).toEqual(message("msg_old"));
    upgraded.close();
  });

  it("searches indexes for the id instead of scanning every stored row", () => {
    expect(scannedBy("findItem", { id: "msg_1" })).toEqual([]);
  });
});

describe("group commits", () => {
  it("have the write-ahead log flushed to disk in the background after them, so a checkpoint's own flush is short", async () => {
    const flushed: number[] = [];
    const real = fs.fdatasync;
    vi.spyOn(fs, "fdatasync").mockImplementation((fd, callback) => {
      flushed.push(fs.fstatSync(fd).ino);
      real(fd, callback);
    });
    const file = sharedFile();
    const store = new EngineStore(file);
    store.insertResponse(running("resp_a"), []);
    await store.committed();
    while (flushed.length === 0)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(flushed).toEqual([fs.statSync(`${file}-wal`).ino]);
    store.close();
  });
});
