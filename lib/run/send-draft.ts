import { newDraftId } from "@/lib/request/draft";
import { sendBlockers } from "@/lib/request/draft-problems";
import { useApiKeyStore } from "@/lib/stores/api-key-store";
import { useComposerStore } from "@/lib/stores/composer-store";
import { useRunStore, type Turn } from "@/lib/stores/run-store";
import { answerProblems, approvalsDecided } from "./pending-answers";
import { runTurn, stopTurn } from "./turn-runner";

const activePhases = new Set<Turn["phase"]>([
  "sending",
  "streaming",
  "polling",
]);

export function isTurnActive(turn: Turn): boolean {
  return activePhases.has(turn.phase);
}

/**
 * Sends the composer's draft as the next turn of the thread; the input clears once the upstream accepts it.
 * With `answersOnly`, only the answers to pending calls and approvals go, and the draft's messages stay.
 */
// The request builder (with zod, for JSON items) is not part of the first screen.
const loadNextRequest = () => import("./next-request");

/** Starts loading what Send needs, e.g. when the composer gets focus, so the first Send does not wait for it. */
export function preloadSendDraft(): void {
  void loadNextRequest();
}

export async function sendDraft({ answersOnly = false } = {}): Promise<void> {
  const { nextRequest } = await loadNextRequest();
  const { draft, actions: composer } = useComposerStore.getState();
  const run = useRunStore.getState();
  const { turns, origin } = run;
  const { body, newInput, problems } = nextRequest(draft, turns, run, origin, {
    answersOnly,
  });
  // An answer with a problem holds the whole turn back, so Send never drops what the user filled in.
  if (
    !draft.upstream ||
    newInput.length === 0 ||
    turns.some(isTurnActive) ||
    answerProblems(turns, run, origin).length > 0
  )
    return;
  // So does any other part the body would leave out: the composer says which, and the draft stays as it is.
  const blockers = sendBlockers(problems);
  if (blockers.length > 0) {
    composer.holdBack(blockers);
    return;
  }
  void runTurn({
    turnId: newDraftId("turn"),
    upstream: draft.upstream,
    body,
    newInput,
    apiKey: useApiKeyStore.getState().keys[draft.upstream] ?? null,
    onAccepted: () => {
      if (!answersOnly) composer.startNextTurn(draft);
      run.actions.clearAnswers();
    },
  });
}

/** Records an approval decision; once every pending request has one, the response continues at once. */
export function decideApproval(requestId: string, approve: boolean): void {
  useRunStore.getState().actions.decideApproval(requestId, approve);
  const run = useRunStore.getState();
  if (approvalsDecided(run.turns, run, run.origin))
    void sendDraft({ answersOnly: true });
}

/** Starts over: stops what is running and forgets the thread (stored responses stay on the server). */
export function startNewConversation(): void {
  const { turns, origin, actions } = useRunStore.getState();
  for (const turn of turns) if (isTurnActive(turn)) stopTurn(turn.id);
  // A thread that went on in a stored conversation leaves it too, or the Conversation field would send into it.
  const composer = useComposerStore.getState();
  if (
    origin?.conversationId &&
    composer.draft.conversation.trim() === origin.conversationId
  )
    composer.actions.setField("conversation", "");
  actions.clearThread();
}
