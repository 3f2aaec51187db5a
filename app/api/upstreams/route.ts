import { errorToResponse } from "@/lib/server/error-response";
import {
  getUpstreamRegistry,
  listPublicUpstreams,
} from "@/lib/server/upstreams";

// The list depends on the server's env at run time, so it is never rendered at build time.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(): Response {
  try {
    return Response.json(listPublicUpstreams(getUpstreamRegistry()));
  } catch (error) {
    return errorToResponse(error);
  }
}
