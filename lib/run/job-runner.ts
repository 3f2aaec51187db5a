import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { callUpstream, UpstreamRequestError } from "@/lib/api/api-client";
import type { RequestFailure } from "@/lib/api/error-envelope";
import { proxyUrl } from "@/lib/api/proxy-url";
import { abortableSleep } from "@/lib/abortable-sleep";
import { recordResponseLazily } from "@/lib/history/record-lazily";
import { runEventsFromResponse } from "@/lib/protocol";
import { useApiKeyStore } from "@/lib/stores/api-key-store";
import { useJobsStore, type Job } from "@/lib/stores/jobs-store";
import { useRunStore, type Turn } from "@/lib/stores/run-store";
import {
  followMode,
  isRunning,
  lastSequence,
  reattachPath,
} from "./job-events";
import { proxyHeaders } from "./proxy-headers";
import { streamEvents } from "./stream-events";

const pollIntervalMs = 500;
const retryDelayMs = 1000;
/** Attaches in a row that may fail (network, or a stream cut before any new event) before the job gives up. */
const maxFailedAttaches = 5;

function turnOf(turnId: string): Turn | undefined {
  return useRunStore.getState().turns.find((turn) => turn.id === turnId);
}

function apiKeyFor(upstream: string): string | null {
  return useApiKeyStore.getState().keys[upstream] ?? null;
}

function failure(message: string): RequestFailure {
  return { status: null, message, code: null, type: null, param: null };
}

/** Keeps the jobs store in step with a background turn: its response id, status and last sequence number. */
export function syncJob(turnId: string): void {
  const turn = turnOf(turnId);
  const responseId = turn?.tree.responseId;
  if (!turn || !responseId) return;
  const { jobs, actions } = useJobsStore.getState();
  const job = jobs.find((j) => j.turnId === turnId);
  const treeStatus = turn.tree.status ?? "queued";
  const status =
    treeStatus === "idle"
      ? "queued"
      : treeStatus === "errored"
        ? "failed"
        : treeStatus;
  const sequence = lastSequence(turn.events);
  if (!job) {
    actions.track({
      turnId,
      upstream: turn.upstream,
      responseId,
      status,
      lastSequence: sequence,
      request: {
        model: turn.request.model,
        store: turn.request.store,
        background: true,
        stream: turn.request.stream,
      },
      newInput: turn.newInput,
      startedAt: turn.startedAt,
    });
    return;
  }
  if (job.status !== status || job.lastSequence !== sequence)
    actions.update(turnId, { status, lastSequence: sequence });
}

/**
 * Ends a job with the status the upstream reports, when its stream closed without a closing event
 * (a cancel sends none). The history gets that final snapshot, after the phase change is recorded.
 */
function settle(turnId: string, response: ApiResponse): void {
  const upstream = turnOf(turnId)?.upstream;
  const { actions } = useRunStore.getState();
  actions.settleItems(turnId, response);
  actions.setPhase(
    turnId,
    response.status === "cancelled" ? "cancelled" : "done",
  );
  useJobsStore.getState().actions.update(turnId, {
    status: response.status ?? "completed",
  });
  if (upstream) void recordResponseLazily(upstream, response);
}

/** Marks a job that can no longer be followed as failed, so it is not re-attached after a reload. */
function giveUp(turnId: string, reason: RequestFailure): void {
  useRunStore.getState().actions.fail(turnId, reason);
  useJobsStore.getState().actions.update(turnId, { status: "failed" });
}

/** For upstreams that cannot stream a retrieve: polls the response, rendering each snapshot through the reducer. */
async function pollJob(job: JobTarget, signal: AbortSignal): Promise<void> {
  const { actions } = useRunStore.getState();
  actions.setPhase(job.turnId, "polling");
  while (!signal.aborted) {
    let response: ApiResponse;
    try {
      response = await callUpstream<ApiResponse>({
        upstream: job.upstream,
        path: `responses/${encodeURIComponent(job.responseId)}`,
        apiKey: apiKeyFor(job.upstream),
        signal,
      });
    } catch (error) {
      if (signal.aborted) return;
      giveUp(
        job.turnId,
        error instanceof UpstreamRequestError
          ? error.failure
          : failure("The response could not be polled."),
      );
      return;
    }
    actions.replaceEvents(job.turnId, runEventsFromResponse(response));
    syncJob(job.turnId);
    if (!isRunning(response.status)) {
      settle(job.turnId, response);
      return;
    }
    await abortableSleep(pollIntervalMs, signal);
  }
}

/** The response as it is now, or null when it cannot be read this time. */
async function retrieve(
  job: JobTarget,
  signal: AbortSignal,
): Promise<ApiResponse | null> {
  try {
    return await callUpstream<ApiResponse>({
      upstream: job.upstream,
      path: `responses/${encodeURIComponent(job.responseId)}`,
      apiKey: apiKeyFor(job.upstream),
      signal,
    });
  } catch {
    return null;
  }
}

export type JobTarget = Pick<Job, "turnId" | "upstream" | "responseId">;

/**
 * Follows a background response until it ends: re-attaches to its event stream after the last
 * sequence number the turn's log holds, again whenever the connection drops, and polls instead when
 * the upstream cannot stream a retrieve. The log keeps every sequence number exactly once.
 */
export async function followJob(
  job: JobTarget,
  startedAt: number,
  signal: AbortSignal,
): Promise<void> {
  let failures = 0;
  while (!signal.aborted) {
    const turn = turnOf(job.turnId);
    if (!turn) return;
    if (turn.tree.terminal) {
      useRunStore.getState().actions.setPhase(job.turnId, "done");
      syncJob(job.turnId);
      return;
    }
    if (failures >= maxFailedAttaches) {
      giveUp(
        job.turnId,
        failure("The connection to the background response kept dropping."),
      );
      return;
    }
    const after = lastSequence(turn.events);
    const answer = await fetch(
      proxyUrl(job.upstream, reattachPath(job.responseId, after)),
      {
        headers: proxyHeaders(apiKeyFor(job.upstream), "text/event-stream"),
        signal,
      },
    ).catch(() => null);
    if (signal.aborted) return;
    if (!answer?.body) {
      failures += 1;
      await abortableSleep(retryDelayMs, signal);
      continue;
    }
    if (
      followMode(answer.status, answer.headers.get("content-type")) === "poll"
    ) {
      await answer.body.cancel().catch(() => undefined);
      await pollJob(job, signal);
      return;
    }
    await streamEvents(
      {
        turnId: job.turnId,
        startedAt,
        signal,
        after,
        onBatch: () => syncJob(job.turnId),
      },
      answer.body,
    ).catch(() => undefined);
    if (signal.aborted) return;
    const gotNew = lastSequence(turnOf(job.turnId)?.events ?? []) !== after;
    failures = gotNew ? 0 : failures + 1;
    if (turnOf(job.turnId)?.tree.terminal) continue;
    // The stream closed without a closing event: a dropped connection, or a cancel (which sends none).
    const now = await retrieve(job, signal);
    if (now && !isRunning(now.status)) {
      settle(job.turnId, now);
      return;
    }
    if (!gotNew) await abortableSleep(retryDelayMs, signal);
  }
}

/** Asks the upstream to cancel a background response; its stream then ends and the job settles as cancelled. */
export async function cancelJob(
  job: Pick<Job, "upstream" | "responseId">,
): Promise<RequestFailure | null> {
  try {
    await callUpstream<ApiResponse>({
      upstream: job.upstream,
      path: `responses/${encodeURIComponent(job.responseId)}/cancel`,
      method: "POST",
      apiKey: apiKeyFor(job.upstream),
    });
    return null;
  } catch (error) {
    return error instanceof UpstreamRequestError
      ? error.failure
      : failure("The cancel request failed.");
  }
}
