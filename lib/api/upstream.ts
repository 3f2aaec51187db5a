/** How the server talks to an upstream: the in-process engine, or one of the configured kinds. */
export type UpstreamKind = "local" | "openai" | "openai-compatible" | "azure";

/** What the browser may see of an upstream: never a key or a configured header value. */
export interface PublicUpstream {
  id: string;
  label: string;
  kind: UpstreamKind;
  /** Whether the server holds a key for it (the local engine needs none). */
  hasKey: boolean;
  /** Whether a request without a key is refused: false for the local engine and for servers configured without `apiKeyEnv`. */
  needsKey: boolean;
  isDefault: boolean;
  baseURL: string;
  models?: string[];
}

/** The body of `GET /api/upstreams`. */
export interface UpstreamList {
  data: PublicUpstream[];
  default: string | null;
  /** Whether this app asks for its access token: code exported for its `/v1` sends that as the key. */
  accessTokenRequired: boolean;
}
