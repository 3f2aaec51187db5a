import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { stopChild } from "./stop-child";

/**
 * A bench server in its own process (as the servers it is compared with run), never sharing the bench's
 * event loop: `script` runs under tsx and prints its origin on its first line of output.
 */
export async function startChildServer(
  script: string,
  args: readonly string[],
) {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const origin = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) =>
      reject(new Error(`${script} exited with ${code}.`)),
    );
  });
  return {
    origin,
    pid: child.pid as number,
    stop: () => stopChild(child),
  };
}
