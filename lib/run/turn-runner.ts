import type { Response as ApiResponse } from "openai/resources/responses/responses";
import {
  readSse,
  runEventsFromResponse,
  toRunEvent,
  type RunEvent,
} from "@/lib/protocol";
import type { RequestBody } from "@/lib/request/build-request";
import { PLAYGROUND_API_KEY_HEADER } from "@/lib/api/api-key-header";
import { readFailure } from "@/lib/api/error-envelope";
import { proxyUrl } from "@/lib/api/proxy-url";
import { useApiKeyStore } from "@/lib/stores/api-key-store";
import { useRunStore } from "@/lib/stores/run-store";
import { createFrameBatcher } from "./frame-batcher";
import { abortableSleep } from "@/lib/abortable-sleep";

const pollIntervalMs = 500;
const deltaTypes = /\.(delta|partial_image)$/;

/** Aborts in flight, by turn id: kept out of the store because they are not state to render. */
const controllers = new Map<string, AbortController>();

export interface TurnRequest {
  turnId: string;
  upstream: string;
  body: RequestBody;
  newInput: Record<string, unknown>[];
  apiKey: string | null;
  /** Called once the upstream accepted the request (2xx), so the composer can clear its input. */
  onAccepted?: () => void;
}

function headers(apiKey: string | null, accept: string): HeadersInit {
  return {
    "content-type": "application/json",
    accept,
    ...(apiKey ? { [PLAYGROUND_API_KEY_HEADER]: apiKey } : {}),
  };
}

async function streamEvents(
  turn: TurnRequest,
  body: ReadableStream<Uint8Array>,
  startedAt: number,
  signal: AbortSignal,
) {
  const { actions } = useRunStore.getState();
  const batcher = createFrameBatcher<RunEvent>((events) =>
    actions.appendEvents(turn.turnId, events),
  );
  let index = 0;
  let firstToken: number | null = null;
  actions.setPhase(turn.turnId, "streaming");
  try {
    await readSse(body, {
      signal,
      onEvent: (message) => {
        const event = toRunEvent(
          message,
          index++,
          performance.now() - startedAt,
        );
        if (firstToken === null && deltaTypes.test(event.type)) {
          firstToken = event.receivedAt;
          actions.setTimings(turn.turnId, { firstToken });
        }
        batcher.push(event);
      },
    });
  } finally {
    batcher.flush();
  }
}

/** Background responses are polled until they finish, each snapshot rendered through the same reducer. */
async function pollResponse(
  turn: TurnRequest,
  initial: ApiResponse,
  signal: AbortSignal,
) {
  const { actions } = useRunStore.getState();
  let response = initial;
  actions.replaceEvents(turn.turnId, runEventsFromResponse(response));
  while (
    (response.status === "queued" || response.status === "in_progress") &&
    !signal.aborted
  ) {
    actions.setPhase(turn.turnId, "polling");
    await abortableSleep(pollIntervalMs, signal);
    if (signal.aborted) break;
    const polled = await fetch(
      proxyUrl(turn.upstream, `responses/${encodeURIComponent(response.id)}`),
      {
        headers: headers(turn.apiKey, "application/json"),
        signal,
      },
    );
    if (!polled.ok) {
      actions.fail(turn.turnId, await readFailure(polled));
      return;
    }
    response = (await polled.json()) as ApiResponse;
    actions.replaceEvents(turn.turnId, runEventsFromResponse(response));
  }
}

/** Asks the upstream to stop a background response the user stopped watching. */
function cancelBackground(turnId: string): void {
  const turn = useRunStore.getState().turns.find((t) => t.id === turnId);
  const id = turn?.tree.responseId;
  if (!turn || !id || turn.request.background !== true) return;
  const apiKey = useApiKeyStore.getState().keys[turn.upstream] ?? null;
  void fetch(
    proxyUrl(turn.upstream, `responses/${encodeURIComponent(id)}/cancel`),
    {
      method: "POST",
      headers: headers(apiKey, "application/json"),
    },
  ).catch(() => undefined);
}

/** Sends one turn through the proxy and records everything that comes back in the run store. */
export async function runTurn(turn: TurnRequest): Promise<void> {
  const { actions } = useRunStore.getState();
  const controller = new AbortController();
  controllers.set(turn.turnId, controller);
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
      headers: headers(
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
    turn.onAccepted?.();
    if (
      response.headers.get("content-type")?.includes("text/event-stream") &&
      response.body
    ) {
      await streamEvents(turn, response.body, startedAt, controller.signal);
    } else {
      await pollResponse(
        turn,
        (await response.json()) as ApiResponse,
        controller.signal,
      );
    }
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
    controllers.delete(turn.turnId);
  }
}

/** Stops a running turn: the partial output stays, marked as stopped; a background response is cancelled. */
export function stopTurn(turnId: string): void {
  controllers.get(turnId)?.abort();
  cancelBackground(turnId);
}
