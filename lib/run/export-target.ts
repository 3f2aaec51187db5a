import type { ExportTarget } from "@/lib/request/code-export";
import type { PublicUpstream } from "@/lib/api/upstream";

/**
 * Where exported code sends the request: the local engine at this app's /v1 (whose key is the app's access
 * token when it asks for one), else the upstream's own base URL.
 */
export function exportTargetFor(
  upstream: PublicUpstream | undefined,
  origin: string,
  accessTokenRequired: boolean,
): ExportTarget {
  if (!upstream || upstream.kind === "local") {
    return {
      baseURL: `${origin}/v1`,
      apiKeyEnv: accessTokenRequired
        ? "PLAYGROUND_ACCESS_TOKEN"
        : "OPENAI_API_KEY",
      authHeader: "bearer",
    };
  }
  return {
    baseURL: upstream.baseURL,
    apiKeyEnv:
      upstream.kind === "openai"
        ? "OPENAI_API_KEY"
        : `${upstream.id.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_API_KEY`,
    authHeader: upstream.kind === "azure" ? "api-key" : "bearer",
  };
}
