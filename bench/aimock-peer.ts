import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { stopChild, stopOnExit } from "./stop-child";

/** What the peer answers: the bench's request, matched by its user message, with the text the engine answered it. */
export interface PeerAnswer {
  userMessage: string;
  text: string;
}

/**
 * Issue 9's peer for the engine, `@copilotkit/aimock` (the version the issue measured, pinned), run by its own
 * CLI with its defaults in a process of its own: a fixture mock that validates and stores nothing, answering
 * from a fixture (written to `dir`) with the engine's own answer text, so both send the same message.
 */
export async function startAimock(dir: string, answer: PeerAnswer) {
  const root = join(
    dirname(createRequire(import.meta.url).resolve("@copilotkit/aimock")),
    "..",
  );
  const { version } = JSON.parse(
    readFileSync(join(root, "package.json"), "utf8"),
  ) as { version: string };
  const fixtures = join(dir, "aimock-fixtures.json");
  writeFileSync(
    fixtures,
    JSON.stringify({
      fixtures: [
        {
          match: { userMessage: answer.userMessage },
          response: { content: answer.text },
        },
      ],
    }),
  );
  const child = stopOnExit(
    spawn(
      process.execPath,
      [join(root, "dist", "cli.js"), "--port", "0", "--fixtures", fixtures],
      { stdio: ["ignore", "pipe", "inherit"] },
    ),
  );
  // It says where it listens on standard output; the rest of what it prints is read and dropped.
  const lines = createInterface({ input: child.stdout });
  const origin = await new Promise<string>((resolve, reject) => {
    lines.on("line", (line) => {
      const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      if (url) resolve(url);
    });
    child.once("exit", (code) =>
      reject(new Error(`aimock ${version} exited with ${code}.`)),
    );
  });
  return {
    version,
    origin,
    pid: child.pid as number,
    stop: () => stopChild(child),
  };
}
