import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { runEventsFromResponse } from "@/lib/protocol";
import type { RequestBody } from "@/lib/request/build-request";
import { readFailure } from "@/lib/api/error-envelope";
import { proxyUrl } from "@/lib/api/proxy-url";
import { useJobsStore } from "@/lib/stores/jobs-store";
import { useRunStore } from "@/lib/stores/run-store";
import { cancelJob, followJob, syncJob } from "./job-runner";
import { proxyHeaders } from "./proxy-headers";
import { streamEvents } from "./stream-events";
import { abortTurn, controlTurn, releaseTurn } from "./turn-controllers";
import { whenIdle } from "./yield-to-frame";

export interface TurnRequest {
  turnId: string;
  upstream: string;
  body: RequestBody;
  newInput: Record<string, unknown>[];
  apiKey: string | null;
  /** Called once the upstream accepted the request (2xx), in an idle moment, so the composer can clear its input. */
  onAccepted?: () => void;
}

/** Reads the upstream's answer: a stream, a finished response, or a background job to follow. */
async function readAnswer(
  turn: TurnRequest,
  response: globalThis.Response,
  startedAt: number,
  signal: AbortSignal,
): Promise<void> {
  const { actions } = useRunStore.getState();
  const background = turn.body.background === true;
  if (
    response.headers.get("content-type")?.includes("text/event-stream") &&
    response.body
  ) {
    const streamed = streamEvents(
      {
        turnId: turn.turnId,
        startedAt,
        signal,
        ...(background
          ? { after: null, onBatch: () => syncJob(turn.turnId) }
          : {}),
      },
      response.body,
    );
    // A background response outlives a dropped connection: following it re-attaches after the last event.
    await (background ? streamed.catch(() => undefined) : streamed);
  } else {
    const json = (await response.json()) as ApiResponse;
    // A background answer is only the queued response: its events come from following it.
    actions.replaceEvents(
      turn.turnId,
      background ? [] : runEventsFromResponse(json),
    );
    if (background && typeof json.id === "string")
      useJobsStore.getState().actions.track({
        turnId: turn.turnId,
        upstream: turn.upstream,
        responseId: json.id,
        status: json.status ?? "queued",
        lastSequence: null,
        request: {
          model: turn.body.model,
          store: turn.body.store,
          background: true,
          stream: turn.body.stream,
        },
        newInput: turn.newInput,
        startedAt: Date.now(),
      });
  }
  const responseId = useJobsStore
    .getState()
    .jobs.find((job) => job.turnId === turn.turnId)?.responseId;
  if (background && responseId && !signal.aborted)
    await followJob(
      { turnId: turn.turnId, upstream: turn.upstream, responseId },
      startedAt,
      signal,
    );
}

/** Sends one turn through the proxy and records everything that comes back in the run store. */
export async function runTurn(turn: TurnRequest): Promise<void> {
  const { actions } = useRunStore.getState();
  const controller = controlTurn(turn.turnId);
  actions.startTurn({
    id: turn.turnId,
    upstream: turn.upstream,
    request: turn.body,
    newInput: turn.newInput,
  });
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  try {
    const response = await fetch(proxyUrl(turn.upstream, "responses"), {
      method: "POST",
      headers: proxyHeaders(
        turn.apiKey,
        turn.body.stream ? "text/event-stream" : "application/json",
      ),
      body: JSON.stringify(turn.body),
      signal: controller.signal,
    });
    actions.setTimings(turn.turnId, { firstByte: elapsed() });
    if (!response.ok) {
      actions.fail(turn.turnId, await readFailure(response));
      return;
    }
    // Clearing the composer re-renders it: in an idle moment, so it never delays the answer's first text.
    if (turn.onAccepted) whenIdle(turn.onAccepted);
    await readAnswer(turn, response, startedAt, controller.signal);
    const phase = useRunStore
      .getState()
      .turns.find((t) => t.id === turn.turnId)?.phase;
    if (phase === "streaming" || phase === "polling" || phase === "sending")
      actions.setPhase(
        turn.turnId,
        controller.signal.aborted ? "stopped" : "done",
      );
  } catch (error) {
    if (controller.signal.aborted) {
      actions.setPhase(turn.turnId, "stopped");
    } else {
      const message = error instanceof Error ? error.message : String(error);
      actions.fail(turn.turnId, {
        status: null,
        message: `The request failed: ${message}`,
        code: null,
        type: null,
        param: null,
      });
    }
  } finally {
    actions.setTimings(turn.turnId, { total: elapsed() });
    releaseTurn(turn.turnId, controller);
  }
}

/**
 * Stops a running turn: the partial output stays, marked as stopped. A background job is cancelled
 * on the upstream instead, and followed until it reports the cancel.
 */
export function stopTurn(turnId: string): void {
  const job = useJobsStore
    .getState()
    .jobs.find((candidate) => candidate.turnId === turnId);
  if (!job) {
    abortTurn(turnId);
    return;
  }
  void cancelJob(job).then((failure) => {
    if (failure) abortTurn(turnId);
  });
}
