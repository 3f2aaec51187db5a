import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { stopChild, stopOnExit } from "./stop-child";

/**
 * A bench server in its own process (as the servers it is compared with run), never sharing the bench's
 * event loop: `script` runs under tsx and prints its origin on its first line of output.
 */
export function startChildServer(script: string, args: readonly string[]) {
  return startNodeServer(["--import", "tsx", script, ...args], script);
}

/**
 * Node running `args` as a server of its own, stopped when the bench exits; `originIn` finds where it listens in a
 * line of its standard output (the first line, unless told otherwise), and the rest of what it prints is dropped.
 */
export async function startNodeServer(
  args: readonly string[],
  name: string,
  originIn: (line: string) => string | undefined = (line) => line,
) {
  const child = stopOnExit(
    spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] }),
  );
  const lines = createInterface({ input: child.stdout });
  const origin = await new Promise<string>((resolve, reject) => {
    lines.on("line", (line) => {
      const found = originIn(line);
      if (found !== undefined) resolve(found);
    });
    child.once("exit", (code) =>
      reject(new Error(`${name} exited with ${code}.`)),
    );
  });
  return {
    origin,
    pid: child.pid as number,
    stop: () => stopChild(child),
  };
}

/** Resolves once `url` answers, failing when the server's process exits first or a minute passes. */
export async function waitUntilServing(
  url: string,
  child: ChildProcess,
  name: string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode}.`);
    try {
      await (await fetch(url)).arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${name} did not answer within 60 s.`);
}
