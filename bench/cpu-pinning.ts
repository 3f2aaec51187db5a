import { execFileSync, spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { processTree } from "./next-server";

/** Pins every thread of `pid` and of its descendants to `cpu`, with Linux's taskset. */
function pin(pid: number, cpu: number): void {
  for (const member of processTree(pid))
    execFileSync("taskset", ["-a", "-p", "-c", String(cpu), String(member)], {
      stdio: "ignore",
    });
}

/**
 * Runs the bench's own process (the client and the firehose) on CPU 0 and every server it measures on CPU 1,
 * as a load generator and the server under test are kept apart: on two shared cores the client's garbage
 * collector threads took the core a proxy ran on, so a proxied stream waited for them (5-8 ms in bursts) where
 * a direct one did not. Says what it did.
 */
export function separateCores(serverPids: readonly number[]): void {
  if (availableParallelism() < 2)
    return console.log("One core: the client and the servers share it.");
  if (spawnSync("taskset", ["-V"]).error)
    return console.log(
      "No taskset: the client and the servers share the cores.",
    );
  pin(process.pid, 0);
  for (const pid of serverPids) pin(pid, 1);
  console.log("The client and the firehose on CPU 0, every server on CPU 1.");
}
