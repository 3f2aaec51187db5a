import { buildRequest } from "@/lib/request/build-request";
import { newDraftId, type Draft } from "@/lib/request/draft-schema";
import { useApiKeyStore } from "@/lib/stores/api-key-store";
import { useComposerStore } from "@/lib/stores/composer-store";
import { useRunStore, type Turn } from "@/lib/stores/run-store";
import { continuationFor } from "./continuation";
import { runTurn } from "./turn-runner";

const activePhases = new Set<Turn["phase"]>([
  "sending",
  "streaming",
  "polling",
]);

export function isTurnActive(turn: Turn): boolean {
  return activePhases.has(turn.phase);
}

/** The messages a draft adds to the thread, as the input items the builder sends. */
export function newInputItems(draft: Draft): Record<string, unknown>[] {
  return draft.messages
    .filter((message) => message.text.trim() !== "")
    .map((message) => ({ role: message.role, content: message.text }));
}

/** Sends the composer's draft as the next turn of the thread; the input clears once the upstream accepts it. */
export function sendDraft(): void {
  const { draft, actions: composer } = useComposerStore.getState();
  const turns = useRunStore.getState().turns;
  const newInput = newInputItems(draft);
  if (newInput.length === 0 || turns.some(isTurnActive)) return;
  const { body } = buildRequest(draft, continuationFor(turns));
  void runTurn({
    turnId: newDraftId("turn"),
    upstream: draft.upstream,
    body,
    newInput,
    apiKey: useApiKeyStore.getState().keys[draft.upstream] ?? null,
    onAccepted: composer.startNextTurn,
  });
}
