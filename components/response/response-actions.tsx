"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Ban, GitFork, Link2, MessageSquarePlus, Shrink } from "lucide-react";
import { useRouter } from "next/navigation";
import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { markResponseDeleted } from "@/lib/history/history-db";
import {
  ownInputItemsQuery,
  cancelResponse,
  compactResponse,
  deleteResponse,
  isResponseRunning,
  responseKey,
} from "@/lib/queries/response-queries";
import { draftFromResponse } from "@/lib/request/draft-from-response";
import { continueHref } from "@/lib/run/continue-link";
import { forkIntoComposer } from "@/lib/run/thread-origin";
import { useComposerStore } from "@/lib/stores/composer-store";
import { CompactedWindow } from "./compacted-window";
import { DeleteResponseButton } from "./delete-response-button";

/** Copies the page's own address, or shows it when the clipboard is not available. */
function ShareButton() {
  const [status, setStatus] = useState<string | null>(null);
  async function share() {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setStatus("Link copied.");
    } catch {
      setStatus(`Copy this link: ${href}`);
    }
  }
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => void share()}>
        <Link2 /> Share
      </Button>
      <span role="status" className="text-xs break-all text-zinc-400">
        {status}
      </span>
    </>
  );
}

/** Continue, Fork, Delete, Cancel (while it runs), Compact and Share for one stored response. */
export function ResponseActions({
  upstream,
  response,
  onDeleted,
}: {
  upstream: string;
  response: ApiResponse;
  onDeleted: () => void;
}) {
  const router = useRouter();
  const client = useQueryClient();
  const { id } = response;
  // Every query about this response; the history's list of responses changes with it.
  const invalidateResponse = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: responseKey(upstream, id) }),
      client.invalidateQueries({ queryKey: [upstream, "responses"] }),
    ]);
  const remove = useMutation({
    mutationFn: () => deleteResponse(upstream, id),
    onSuccess: async () => {
      onDeleted();
      await markResponseDeleted(upstream, id);
      await invalidateResponse();
    },
  });
  const cancel = useMutation({
    mutationFn: () => cancelResponse(upstream, id),
    onSuccess: (cancelled) => {
      client.setQueryData(responseKey(upstream, id), cancelled);
      return client.invalidateQueries({ queryKey: [upstream, "responses"] });
    },
    // A refusal means the response ended meanwhile: show how it ended beside the upstream's words.
    onError: invalidateResponse,
  });
  const compact = useMutation({
    mutationFn: () => compactResponse(upstream, response),
  });
  const fork = useMutation({
    mutationFn: () => client.fetchQuery(ownInputItemsQuery(upstream, id)),
    onSuccess: (items) => {
      const current = useComposerStore.getState().draft;
      forkIntoComposer(
        draftFromResponse(response, items, upstream, current),
        `Forked from ${id}`,
      );
      router.push("/");
    },
  });
  const failure = [remove, cancel, compact, fork].find((m) => m.isError)?.error;
  return (
    <div className="flex flex-col gap-3">
      <div
        role="toolbar"
        aria-label="Response actions"
        className="flex flex-wrap items-center gap-2"
      >
        <Button
          variant="primary"
          size="sm"
          onClick={() =>
            router.push(
              continueHref({ responseId: id, upstream, model: response.model }),
            )
          }
        >
          <MessageSquarePlus /> Continue
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={fork.isPending}
          onClick={() => fork.mutate()}
        >
          <GitFork /> Fork
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={compact.isPending}
          onClick={() => compact.mutate()}
        >
          <Shrink /> Compact
        </Button>
        {response.background && isResponseRunning(response) ? (
          <Button
            variant="secondary"
            size="sm"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate()}
          >
            <Ban /> Cancel
          </Button>
        ) : null}
        <DeleteResponseButton
          id={id}
          pending={remove.isPending}
          onConfirm={() => remove.mutate()}
        />
        <ShareButton />
      </div>
      {failure ? (
        <p role="alert" className="text-sm text-rose-300">
          {failure.message}
        </p>
      ) : null}
      {compact.data ? (
        <CompactedWindow
          upstream={upstream}
          model={response.model}
          sourceId={id}
          compacted={compact.data}
        />
      ) : null}
    </div>
  );
}
