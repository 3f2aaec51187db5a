import { randomUUID } from "node:crypto";
import type { prepareStatements } from "./statements";

/** How often an open engine says it is alive, and how long a silent one counts as gone (a crashed process). */
const HEARTBEAT_MS = 2_000;
const GONE_AFTER_MS = 10_000;

/** The earliest heartbeat a live engine can have given. */
export function aliveSince(): number {
  return Date.now() - GONE_AFTER_MS;
}

/**
 * An open engine as the runner of the background responses it creates: other processes may share the
 * database, and engines fail only the unfinished responses whose runner is gone (when one starts, and
 * every few seconds while it is open).
 */
export class EngineRunner {
  readonly id = randomUUID();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly statements: ReturnType<typeof prepareStatements>,
  ) {
    this.beat();
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS).unref();
  }

  private beat(): void {
    try {
      this.statements.heartbeat.run(this.id, Date.now());
    } catch (error) {
      console.error(
        "[engine] recording that this engine is alive failed:",
        error,
      );
    }
  }

  /** Stops saying it is alive and forgets itself (and long-silent runners): its unfinished responses become orphans. */
  retire(): void {
    clearInterval(this.heartbeat);
    this.statements.forgetRunners.run({ id: this.id, since: aliveSince() });
  }
}
