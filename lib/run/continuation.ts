import type { Continuation } from "@/lib/request/build-request";
import type { ThreadOrigin, Turn } from "@/lib/stores/run-store";

/** Turns that produced a response the next turn can build on. */
export function answeredTurns(turns: readonly Turn[]): Turn[] {
  return turns.filter(
    (turn) =>
      turn.tree.responseId !== null &&
      turn.failure === null &&
      turn.tree.terminal !== "error",
  );
}

/**
 * How the next turn continues the thread: `previous_response_id` of the last stored response (the
 * thread's or its origin's), then every input and output the server does not hold, resent as items.
 */
export function continuationFor(
  turns: readonly Turn[],
  origin: ThreadOrigin | null = null,
): Continuation | undefined {
  const previous = answeredTurns(turns);
  const lastStored = previous.findLastIndex(
    (turn) => turn.request.store !== false,
  );
  const unstored = previous
    .slice(lastStored + 1)
    .flatMap((turn) => [
      ...turn.newInput,
      ...turn.tree.output.map((node) => node.item),
    ]);
  if (lastStored !== -1)
    return {
      previousResponseId: previous[lastStored]?.tree.responseId ?? null,
      history: unstored,
    };
  if (origin)
    return {
      previousResponseId: origin.previousResponseId,
      history: [...origin.items, ...unstored],
    };
  if (previous.length === 0) return undefined;
  return { previousResponseId: null, history: unstored };
}

/** The stored response a link can carry for the next turn to chain to: only when the server holds the whole thread. */
export function shareableContinuation(
  turns: readonly Turn[],
  origin: ThreadOrigin | null = null,
): { continueFrom: string | null; unstoredItems: number } {
  const next = continuationFor(turns, origin);
  if (!next) return { continueFrom: null, unstoredItems: 0 };
  return next.history.length === 0
    ? { continueFrom: next.previousResponseId, unstoredItems: 0 }
    : { continueFrom: null, unstoredItems: next.history.length };
}
