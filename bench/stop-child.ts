import type { ChildProcess } from "node:child_process";

const running = new Set<ChildProcess>();
// A section that throws ends the bench with its servers still up, holding their ports for the next run.
process.once("exit", () => {
  for (const child of running) child.kill("SIGTERM");
});

/** Registers a server the bench started, so it is stopped when the bench exits, however it exits. */
export function stopOnExit<T extends ChildProcess>(child: T): T {
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/** Stops a server the bench started and resolves once it has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
