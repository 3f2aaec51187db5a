import { setImmediate as yieldToLoop } from "node:timers/promises";
import { abortableSleep } from "@/lib/abortable-sleep";

/** Thrown inside a run when it was cancelled or its client went away. */
export class RunAborted extends Error {
  constructor() {
    super("The run was aborted.");
    this.name = "RunAborted";
  }
}

/** Spaces out token emission at a steady rate; at rate 0 it only yields so long runs never block the server. */
export class Pacer {
  private debtMs = 0;
  private steps = 0;

  constructor(
    private readonly tokensPerSecond: number,
    /** The run's abort state; its signal is only asked for when the pacer sleeps. */
    private readonly abort: {
      readonly aborted: boolean;
      readonly signal: AbortSignal;
    },
  ) {}

  /**
   * Accounts for `tokens` of output. Returns a promise only when the run must wait (a paced sleep, or an
   * unpaced run's periodic yield), so an unpaced delta costs no promise and no microtask.
   */
  spend(tokens: number): Promise<void> | undefined {
    this.throwIfAborted();
    if (this.tokensPerSecond <= 0)
      return ++this.steps % 512 === 0 ? this.after(yieldToLoop()) : undefined;
    this.debtMs += (tokens / this.tokensPerSecond) * 1000;
    if (this.debtMs < 15) return undefined;
    const wait = this.debtMs;
    this.debtMs = 0;
    return this.after(abortableSleep(wait, this.abort.signal));
  }

  private async after(wait: Promise<unknown>): Promise<void> {
    await wait;
    this.throwIfAborted();
  }

  private throwIfAborted(): void {
    if (this.abort.aborted) throw new RunAborted();
  }
}

/** Splits text into word-sized deltas that join back to exactly the same text. */
export function textPieces(text: string): string[] {
  return text.match(/\S*\s*/g)?.filter((piece) => piece.length > 0) ?? [];
}

/** Splits text without spaces (JSON arguments) into token-sized runs of a few characters. */
export function fragmentPieces(text: string, size = 4): string[] {
  const characters = Array.from(text);
  const pieces: string[] = [];
  for (let start = 0; start < characters.length; start += size)
    pieces.push(characters.slice(start, start + size).join(""));
  return pieces;
}
