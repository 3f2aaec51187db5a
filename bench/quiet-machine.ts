import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

/** How long a look at the machine lasts, and the share of its cores' time that may be busy meanwhile. */
const WINDOW_MS = 250;
const QUIET_SHARE = 0.15;

/** All cores' busy and total time so far, in clock ticks, from the first line of /proc/stat (Linux). */
function cpuTicks(): { busy: number; total: number } {
  const [, ...fields] = (
    readFileSync("/proc/stat", "utf8").split("\n")[0] ?? ""
  )
    .trim()
    .split(/\s+/);
  const ticks = fields.map(Number);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  // idle and iowait are the fourth and fifth fields.
  return { busy: total - (ticks[3] ?? 0) - (ticks[4] ?? 0), total };
}

/**
 * Waits until the machine's cores were at most 15% busy over a quarter second, or `limitMs` have passed, and says
 * which: what came before (a browser shutting down, servers just started) would otherwise be measured too.
 */
export async function quietMachine(limitMs = 20_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const before = cpuTicks();
    await sleep(WINDOW_MS);
    const after = cpuTicks();
    const share =
      (after.busy - before.busy) / (after.total - before.total || 1);
    if (share <= QUIET_SHARE) return;
    if (Date.now() > deadline) {
      console.log(
        `The machine stayed ${Math.round(share * 100)}% busy for ${limitMs / 1000} s before measuring; the figures below include that.`,
      );
      return;
    }
  }
}
