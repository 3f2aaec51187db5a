import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const bundle = path.join(root, "node_modules/.cache/engine/server.mjs");

/** Starts the built server from `cwd` and resolves with the base URL it announces. */
async function startBuilt(
  cwd: string,
  dbPath: string,
): Promise<[ChildProcess, string]> {
  const child = spawn(process.execPath, [bundle], {
    cwd,
    env: { ...process.env, ENGINE_PORT: "0", LOCAL_ENGINE_DB: dbPath },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  for await (const chunk of child.stdout) {
    output += String(chunk);
    const url = /serving (http:\/\/\S+\/v1)/.exec(output)?.[1];
    if (url) return [child, url];
  }
  throw new Error(`The built engine exited without serving: ${output}`);
}

describe("npm run engine's bundle", () => {
  let dir: string;
  let child: ChildProcess;
  let client: OpenAI;

  beforeAll(async () => {
    execFileSync("npm", ["run", "--silent", "engine:build"], { cwd: root });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-bundle-"));
    let baseURL: string;
    [child, baseURL] = await startBuilt(dir, path.join(dir, "engine.sqlite"));
    client = new OpenAI({ baseURL, apiKey: "unused", maxRetries: 0 });
  }, 60_000);
  afterAll(async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("counts tokens when started from a directory other than the project's", async () => {
    const created = await client.responses.create({
      model: "local-echo",
      input: "Count my tokens.",
    });
    expect(created.status).toBe("completed");
    expect(created.usage?.input_tokens).toBeGreaterThan(0);
  });
});
