import { newDraftId } from "@/lib/request/draft-schema";
import { useApiKeyStore } from "@/lib/stores/api-key-store";
import { useComposerStore } from "@/lib/stores/composer-store";
import { useRunStore, type Turn } from "@/lib/stores/run-store";
import { nextRequest } from "./next-request";
import { runTurn, stopTurn } from "./turn-runner";

const activePhases = new Set<Turn["phase"]>([
  "sending",
  "streaming",
  "polling",
]);

export function isTurnActive(turn: Turn): boolean {
  return activePhases.has(turn.phase);
}

/** Sends the composer's draft as the next turn of the thread; the input clears once the upstream accepts it. */
export function sendDraft(): void {
  const { draft, actions: composer } = useComposerStore.getState();
  const { turns, toolOutputs, origin, actions: run } = useRunStore.getState();
  const { body, newInput } = nextRequest(draft, turns, toolOutputs, origin);
  if (!draft.upstream || newInput.length === 0 || turns.some(isTurnActive))
    return;
  void runTurn({
    turnId: newDraftId("turn"),
    upstream: draft.upstream,
    body,
    newInput,
    apiKey: useApiKeyStore.getState().keys[draft.upstream] ?? null,
    onAccepted: () => {
      composer.startNextTurn();
      run.clearToolOutputs();
    },
  });
}

/** Starts over: stops what is running and forgets the thread (stored responses stay on the server). */
export function startNewConversation(): void {
  const { turns, actions } = useRunStore.getState();
  for (const turn of turns) if (isTurnActive(turn)) stopTurn(turn.id);
  actions.clearThread();
}
