import "server-only";
import { handleEngineRequest } from "@/lib/engine/handle-engine-request";
import { playgroundError } from "@/lib/api/api-error";
import { errorToResponse } from "./error-response";
import {
  getUpstreamRegistry,
  LOCAL_UPSTREAM_ID,
  type UpstreamRegistry,
} from "./upstreams";

/** The 404 that `/v1` answers when `LOCAL_ENGINE` turned the engine off, or null when it is on. */
export function localEngineOffResponse(
  registry: UpstreamRegistry,
): Response | null {
  if (registry.get(LOCAL_UPSTREAM_ID)) return null;
  return playgroundError(
    404,
    "local_engine_off",
    "The local engine is off on this server (LOCAL_ENGINE=0), so /v1 serves nothing. Unset LOCAL_ENGINE to turn it on.",
  ).toResponse();
}

/** Serves `/v1` from the local engine, or says in the API's envelope that it is off. */
export async function serveLocalEngine(request: Request): Promise<Response> {
  let off: Response | null;
  try {
    off = localEngineOffResponse(getUpstreamRegistry());
  } catch (error) {
    return errorToResponse(error);
  }
  return off ?? handleEngineRequest(request);
}
