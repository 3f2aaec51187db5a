import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { whenIdle } from "@/lib/run/yield-to-frame";
import { useRunStore, type Turn } from "@/lib/stores/run-store";
import { recordResponseLazily } from "./record-lazily";
import { inputPreview } from "./previews";

/** What was last recorded for a turn, so a re-render that changed nothing writes nothing. */
interface Recorded {
  response: ApiResponse;
  phase: Turn["phase"];
}

/** The turn's Response, with the output the tree accumulated (a lifecycle snapshot may predate it). */
function snapshotOf(turn: Turn, response: ApiResponse): ApiResponse {
  const output = turn.tree.output.map((node) => node.item);
  return output.length > 0 ? { ...response, output } : response;
}

/**
 * Records every stored response the playground's turns create in the history: once per new
 * Response snapshot from the stream or a poll, and once more when the turn ends.
 * Responses sent with store:false are left out, since no upstream can open them again.
 * The writes wait for an idle moment (half a second at most, or the page going away) and take each turn's
 * latest snapshot, so a streaming turn's first and final text never wait behind IndexedDB.
 * Returns the unsubscribe function.
 */
export function recordTurnsToHistory(): () => void {
  const recorded = new Map<string, Recorded>();
  /** Each turn's latest state with a response not written yet, by turn id. */
  const unwritten = new Map<string, Turn>();
  const write = () => {
    for (const turn of unwritten.values())
      if (turn.tree.response)
        void recordResponseLazily(
          turn.upstream,
          snapshotOf(turn, turn.tree.response),
          inputPreview(turn.newInput),
        );
    unwritten.clear();
  };
  // A page going away writes what is waiting now: the idle moment may never come.
  const page = typeof window === "undefined" ? null : window;
  page?.addEventListener("pagehide", write);
  const unsubscribe = useRunStore.subscribe((state) => {
    // A cleared thread forgets its turns; so does this map.
    if (recorded.size > state.turns.length) {
      const live = new Set(state.turns.map((turn) => turn.id));
      for (const id of recorded.keys()) if (!live.has(id)) recorded.delete(id);
    }
    for (const turn of state.turns) {
      const response = turn.tree.response;
      if (!response || turn.request.store === false) continue;
      const last = recorded.get(turn.id);
      if (last?.response === response && last.phase === turn.phase) continue;
      recorded.set(turn.id, { response, phase: turn.phase });
      if (unwritten.size === 0) whenIdle(write);
      unwritten.set(turn.id, turn);
    }
  });
  return () => {
    unsubscribe();
    page?.removeEventListener("pagehide", write);
  };
}
