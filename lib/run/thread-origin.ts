import type { CompactedResponse } from "openai/resources/responses/responses";
import type { ForkedRequest } from "@/lib/request/draft-from-response";
import {
  composerHydrated,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { useRunStore } from "@/lib/stores/run-store";
import type { ContinueRequest } from "./continue-link";

/** Waits for a stored draft to load first, or it would overwrite the upstream and model set here. */
function selectUpstreamAndModel(upstream: string, model: string | null) {
  void composerHydrated().then(() => {
    const { setField } = useComposerStore.getState().actions;
    setField("upstream", upstream);
    if (model) setField("model", model);
  });
}

/** A new thread whose first turn chains to a stored response; the draft's messages are kept. */
export function continueFromResponse(request: ContinueRequest): void {
  selectUpstreamAndModel(request.upstream, request.model);
  useRunStore.getState().actions.startFrom({
    upstream: request.upstream,
    previousResponseId: request.responseId,
    items: [],
    label: `Continuing from ${request.responseId}`,
    notes: [],
  });
}

/** A new thread that goes on in a stored conversation: the draft's Conversation field names it. */
export function continueInConversation(upstream: string, id: string): void {
  void composerHydrated().then(() => {
    const { setField } = useComposerStore.getState().actions;
    setField("upstream", upstream);
    setField("conversation", id);
  });
  useRunStore.getState().actions.startFrom({
    upstream,
    previousResponseId: null,
    items: [],
    label: `Continuing conversation ${id}`,
    notes: [],
    conversationId: id,
  });
}

/** Loads a request (a stored response's, or a pasted one) into the composer, chained where the original was. */
export function forkIntoComposer(fork: ForkedRequest, label: string): void {
  void composerHydrated().then(() =>
    useComposerStore.getState().actions.replaceDraft(fork.draft),
  );
  useRunStore.getState().actions.startFrom({
    upstream: fork.draft.upstream,
    previousResponseId: fork.previousResponseId,
    items: [],
    label:
      fork.previousResponseId === null
        ? label
        : `${label}, continuing from ${fork.previousResponseId}`,
    notes: fork.leftOut.map((part) => `Left out: ${part}.`),
    draftAnswers: true,
  });
}

/** A new thread whose first turn resends a compacted window as its input items. */
export function continueFromCompaction(
  upstream: string,
  model: string,
  compacted: CompactedResponse,
  sourceId: string,
): void {
  selectUpstreamAndModel(upstream, model);
  useRunStore.getState().actions.startFrom({
    upstream,
    previousResponseId: null,
    items: compacted.output,
    label: `Continuing from the compacted window of ${sourceId} (${compacted.output.length} items)`,
    notes: [],
  });
}
