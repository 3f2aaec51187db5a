import { isRecord } from "@/lib/protocol/json";
import type { RunState, ThreadOrigin } from "@/lib/stores/run-store";
import { answeredTurns, continuationFor } from "./continuation";

/** Per tab, like the thread itself: another tab keeps its own thread. */
export const THREAD_RESUME_KEY = "responses-playground:thread";

/**
 * Where a reloaded page picks the thread up: the origin while no turn has run (or while it is a conversation),
 * else the chain point the next turn would use (the last stored response, plus every item the server does not
 * hold); null for a new thread.
 */
export function resumeOrigin(
  state: Pick<RunState, "turns" | "origin">,
): ThreadOrigin | null {
  const { turns, origin } = state;
  // A conversation holds every turn sent in it, so the thread picks up from the conversation itself.
  if (turns.length === 0 || origin?.conversationId) return origin;
  const answered = answeredTurns(turns);
  const last = answered.at(-1);
  const continuation = continuationFor(turns, origin);
  if (!last || !continuation) return origin;
  const { previousResponseId, history } = continuation;
  const label =
    history.length === 0
      ? `Continuing from ${previousResponseId}, where this thread was before the reload`
      : `Continuing this thread from before the reload: ${history.length} items are resent` +
        (previousResponseId ? ` after ${previousResponseId}` : "");
  return {
    upstream: last.upstream,
    previousResponseId,
    items: history,
    label,
    notes: [],
  };
}

/** Reads a saved resume point; anything that is not one (edited, older shape) counts as none. */
export function parseResumeOrigin(text: string | null): ThreadOrigin | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (
      isRecord(value) &&
      typeof value.upstream === "string" &&
      (value.previousResponseId === null ||
        typeof value.previousResponseId === "string") &&
      Array.isArray(value.items) &&
      typeof value.label === "string" &&
      Array.isArray(value.notes) &&
      value.notes.every((note) => typeof note === "string")
    )
      return {
        upstream: value.upstream,
        previousResponseId: value.previousResponseId,
        items: value.items,
        label: value.label,
        notes: value.notes,
        ...(value.draftAnswers === true ? { draftAnswers: true } : {}),
        ...(typeof value.conversationId === "string"
          ? { conversationId: value.conversationId }
          : {}),
      };
  } catch {
    // Not JSON: treated as no saved thread.
  }
  return null;
}

/** What changes the resume point: the turns, their phases and the origin, not the events streaming in. */
export function resumeKey(state: Pick<RunState, "turns" | "origin">): string {
  const phases = state.turns.map((turn) => `${turn.id}:${turn.phase}`);
  return `${phases.join(",")}|${state.origin?.label ?? ""}`;
}

/**
 * Saves the resume point now and each time it can have changed, until the returned function is called. The
 * write waits for `later` (a new task by default), so a turn's first events are not held up by storage.
 */
export function keepResumePoint(
  store: {
    getState: () => RunState;
    subscribe: (listener: (state: RunState) => void) => () => void;
  },
  storage: Storage,
  later: (write: () => void) => void = (write) => setTimeout(write, 0),
): () => void {
  let savedKey: string | null = null;
  const write = () => {
    const origin = resumeOrigin(store.getState());
    try {
      if (origin) storage.setItem(THREAD_RESUME_KEY, JSON.stringify(origin));
      else storage.removeItem(THREAD_RESUME_KEY);
    } catch {
      // Over the storage quota (large resent items): a reload then starts a new thread rather than a wrong one.
      storage.removeItem(THREAD_RESUME_KEY);
    }
  };
  const save = (state: RunState) => {
    const key = resumeKey(state);
    if (key === savedKey) return;
    savedKey = key;
    later(write);
  };
  save(store.getState());
  return store.subscribe(save);
}
