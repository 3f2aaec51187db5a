import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { waitUntilServing } from "./child-server";
import { stopChild, stopOnExit } from "./stop-child";

/** A production Next server of this checkout's build (run `next build` first), for the benches. */
export interface NextServer {
  url: string;
  /** The process `npm start` runs in; the server is one of its descendants. */
  pid: number;
  /** Resident memory of the server and every process under it, in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

/** Children by parent pid, read from /proc (Linux), so `next start`'s own workers count too. */
export function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(
        stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1],
      );
      if (parent === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** The server process an npm script runs (the script execs node), so npm itself is not what gets measured. */
export function scriptProcess(npm: ChildProcess, script: string): number {
  const [pid] = childPids(npm.pid as number);
  if (pid === undefined)
    throw new Error(`${script} is serving, but not from a process of its own.`);
  return pid;
}

function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** A process and its descendants. */
export function processTree(pid: number): number[] {
  const tree: number[] = [];
  const pending = [pid];
  while (pending.length > 0) {
    const next = pending.pop() as number;
    tree.push(next);
    pending.push(...childPids(next));
  }
  return tree;
}

/**
 * Reads the resident memory of a process and its descendants, in MB (10^6 bytes). The tree is looked up at
 * most once a second: a scan of /proc takes about 1.5 ms, time taken from the bench process that drives the
 * load, where reading the tree's status files takes a few hundredths of that.
 */
export function processTreeRss(pid: number): () => number {
  let tree = processTree(pid);
  let lookedUp = performance.now();
  return () => {
    if (performance.now() - lookedUp > 1_000) {
      tree = processTree(pid);
      lookedUp = performance.now();
    }
    return (tree.reduce((kb, member) => kb + rssKb(member), 0) * 1024) / 1e6;
  };
}

/**
 * `npm start` exactly as documented (its node flags included) on `port`; the measured process is the server
 * npm runs (the script execs node), not npm itself.
 */
export async function startNextServer(
  port: number,
  env: Record<string, string>,
): Promise<NextServer> {
  const child = stopOnExit(
    spawn(
      "npm",
      ["start", "--silent", "--", "-p", String(port), "-H", "127.0.0.1"],
      {
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
        stdio: ["ignore", "ignore", "inherit"],
      },
    ),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${url}/api/upstreams`, child, "next start");
  return {
    url,
    pid: child.pid as number,
    rssMb: processTreeRss(scriptProcess(child, "npm start")),
    stop: () => stopChild(child),
  };
}
