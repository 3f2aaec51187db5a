import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { startNodeServer } from "./child-server";

/** What the peer answers: the bench's request, matched by its user message, with the text the engine answered it. */
export interface PeerAnswer {
  userMessage: string;
  text: string;
  /** Characters per text delta (`--chunk-size`); the CLI's default, 20, when absent. */
  chunkSize?: number;
}

/**
 * Issue 9's peer for the engine, `@copilotkit/aimock` (the version the issue measured, pinned), run by its own
 * CLI with its defaults (unless a chunk size is given) in a process of its own: a fixture mock that validates and
 * stores nothing, answering from a fixture (written to `dir`) with the engine's own answer text, so both send the
 * same message.
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
  const server = await startNodeServer(
    [
      join(root, "dist", "cli.js"),
      "--port",
      "0",
      "--fixtures",
      fixtures,
      ...(answer.chunkSize ? ["--chunk-size", String(answer.chunkSize)] : []),
    ],
    `aimock ${version}`,
    (line) => /listening on (http:\/\/\S+)/.exec(line)?.[1],
  );
  return { version, ...server };
}
