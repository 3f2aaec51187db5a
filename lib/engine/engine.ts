import type { EngineContext } from "./engine-context";
import { ApiError, errorReply } from "@/lib/api/api-error";
import { toWebResponse, type ApiReply } from "@/lib/api/api-reply";
import { fromWebRequest, type EngineRequest } from "./http/engine-request";
import { defaultTokensPerSecond } from "@/lib/env/env";
import { MAX_FILE_BYTES } from "./files/upload";
import { newRequestId } from "./http/respond";
import { route } from "./router";
import { EngineStore } from "./store/engine-store";
import { preloadVocabulary } from "./tokenizer/o200k";
import { failResponse } from "./run/response-run";
import type { EngineResponse } from "./types";

export interface EngineOptions {
  /** The SQLite file (created with its folder when missing); ":memory:" for a throwaway engine. */
  dbPath: string;
  /** Streaming pace; 0 streams as fast as possible. */
  tokensPerSecond?: number;
  /** The largest upload `/v1/files` takes (default {@link MAX_FILE_BYTES}); tests lower it. */
  maxFileBytes?: number;
  /** How often to look for background responses another engine left unfinished (default {@link ORPHAN_SWEEP_MS}); tests shorten it. */
  orphanSweepMs?: number;
}

/** An engine sharing its file with others fails what a crashed one left within seconds, not at its own next start. */
const ORPHAN_SWEEP_MS = 5_000;

export interface Engine {
  /** Web-standard: the app's `/v1` route, the proxy's local upstream and the tests call this. */
  handle(request: Request): Promise<Response>;
  /** The same without Web objects, for the standalone server's hot path. */
  serve(request: EngineRequest): Promise<ApiReply>;
  close(): void;
}

/** Background responses a closed or crashed engine left unfinished can never finish: fail them and end their event logs. */
function failInterruptedRuns(store: EngineStore): void {
  store.atomically(() => {
    for (const response of store.orphanedBackgroundResponses())
      failInterruptedRun(store, response);
  });
}

function failInterruptedRun(
  store: EngineStore,
  response: EngineResponse,
): void {
  failResponse(response, {
    code: "server_error",
    message:
      "The local engine running this background response stopped before it finished.",
  });
  const last = store.eventsAfter(response.id, -1).at(-1)?.sequence ?? -1;
  const event = {
    type: "response.failed",
    response,
    sequence_number: last + 1,
  };
  store.appendEvent(response.id, {
    sequence: last + 1,
    type: event.type,
    json: JSON.stringify(event),
  });
  store.updateResponse(response);
}

/** An unexpected throw: logged once on the server with its stack, answered as a 500 naming the request id. */
function internalError(
  error: unknown,
  request: EngineRequest,
  requestId: string,
): ApiError {
  console.error(
    `[engine] ${requestId} ${request.method} ${request.url.pathname} failed:`,
    error,
  );
  return new ApiError(
    500,
    `The local engine had an error while processing your request. (Please include the request ID ${requestId} if you report it.)`,
    { code: "server_error" },
  );
}

/** A local Responses API server as one function: a request in, its answer out (as Web objects or plain data). */
export function createEngine(options: EngineOptions): Engine {
  const store = new EngineStore(options.dbPath);
  failInterruptedRuns(store);
  const sweep = setInterval(() => {
    try {
      failInterruptedRuns(store);
    } catch (error) {
      console.error(
        "[engine] failing orphaned background responses failed:",
        error,
      );
    }
  }, options.orphanSweepMs ?? ORPHAN_SWEEP_MS).unref();
  // Loading the tokenizer's ranks takes about 100 ms: right after this turn, instead of in the first create's answer.
  const tokenizerLoad = setTimeout(preloadVocabulary, 0).unref();
  const context: EngineContext = {
    store,
    runs: new Map(),
    tokensPerSecond: options.tokensPerSecond ?? defaultTokensPerSecond,
    maxFileBytes: options.maxFileBytes ?? MAX_FILE_BYTES,
  };
  async function serve(request: EngineRequest): Promise<ApiReply> {
    const requestId = newRequestId();
    let reply: ApiReply;
    try {
      const path =
        request.url.pathname
          .replace(/^.*?\/v1(?=\/|$)/, "")
          .replace(/\/+$/, "") || "/";
      reply = await route(context, request, path);
      // What a request wrote is committed before its answer leaves (in one commit with the other requests of this turn).
      await store.committed();
    } catch (error) {
      reply = errorReply(error, (unexpected) =>
        internalError(unexpected, request, requestId),
      );
    }
    reply.headers["x-request-id"] = requestId;
    return reply;
  }
  return {
    serve,
    handle: (request) => serve(fromWebRequest(request)).then(toWebResponse),
    close() {
      clearInterval(sweep);
      clearTimeout(tokenizerLoad);
      for (const run of context.runs.values()) run.abort();
      store.close();
    },
  };
}
