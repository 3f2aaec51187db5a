import type { Continuation } from "@/lib/request/build-request";
import type { Turn } from "@/lib/stores/run-store";

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
 * How the next turn continues the thread: `previous_response_id` when the last answered turn was
 * stored, else the whole history of inputs and outputs resent as items.
 */
export function continuationFor(
  turns: readonly Turn[],
): Continuation | undefined {
  const previous = answeredTurns(turns);
  const last = previous.at(-1);
  if (!last) return undefined;
  if (last.request.store !== false)
    return { previousResponseId: last.tree.responseId, history: [] };
  return {
    previousResponseId: null,
    history: previous.flatMap((turn) => [
      ...turn.newInput,
      ...turn.tree.output.map((node) => node.item),
    ]),
  };
}
