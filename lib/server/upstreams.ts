import "server-only";
import { playgroundError } from "@/lib/api/api-error";
import type {
  PublicUpstream,
  UpstreamKind,
  UpstreamList,
} from "@/lib/api/upstream";
import { parseEnv, readEnv, type Env, type EnvSource } from "@/lib/env/env";
import type { UpstreamConfig } from "@/lib/env/upstream-config";

export type { PublicUpstream, UpstreamKind };

/** A server the proxy can forward to; the key stays inside `authHeaders`, so serializing an Upstream never leaks it. */
export interface Upstream {
  readonly id: string;
  readonly label: string;
  readonly kind: UpstreamKind;
  /** The public base URL requests are appended to; "/v1" for the in-process local engine. */
  readonly baseURL: string;
  readonly models?: readonly string[];
  /** Extra headers the configuration asks for on every request. */
  readonly headers: Readonly<Record<string, string>>;
  /** Whether the server holds a key (or needs none, like the local engine). */
  readonly hasKey: boolean;
  /** Whether requests need a key at all: not for the local engine, nor a server configured without `apiKeyEnv`. */
  readonly needsKey: boolean;
  /** The authentication headers: the caller's own key when given, else the server key, else none. */
  authHeaders(callerKey?: string): Record<string, string>;
}

export interface UpstreamRegistry {
  readonly upstreams: readonly Upstream[];
  /** `local` when the local engine is on, else the first configured upstream, else null. */
  readonly defaultId: string | null;
  /** How long the proxy waits for an upstream's response headers. */
  readonly timeoutMs: number;
  /** Whether PLAYGROUND_ACCESS_TOKEN is set: every call to this app, `/v1` included, needs it. */
  readonly accessTokenRequired: boolean;
  get(id: string): Upstream | undefined;
}

export const LOCAL_UPSTREAM_ID = "local";
const OPENAI_UPSTREAM_ID = "openai";

/** Azure's key goes in `api-key`; every other server takes a bearer token. */
function keyHeaders(kind: UpstreamKind, key: string): Record<string, string> {
  return kind === "azure"
    ? { "api-key": key }
    : { authorization: `Bearer ${key}` };
}

function authenticator(
  kind: UpstreamKind,
  serverKey: string | undefined,
  serverKeyHeaders: Record<string, string> = {},
) {
  return (callerKey?: string): Record<string, string> => {
    // The organization and project belong to the server key; sent with someone else's key they would be rejected.
    if (callerKey) return keyHeaders(kind, callerKey);
    return serverKey
      ? { ...serverKeyHeaders, ...keyHeaders(kind, serverKey) }
      : {};
  };
}

/** Azure's v1 API lives under /openai/v1, so a bare resource URL gets that path added. */
function normalizeBaseURL(kind: UpstreamKind, baseURL: string): string {
  const url = new URL(baseURL);
  if (kind === "azure" && (url.pathname === "/" || url.pathname === ""))
    url.pathname = "/openai/v1";
  return url.toString().replace(/\/+$/, "");
}

function readKey(
  source: EnvSource,
  variable: string | undefined,
): string | undefined {
  const key = variable ? source[variable]?.trim() : undefined;
  if (key && /[\r\n\0]/.test(key)) {
    throw playgroundError(
      500,
      "invalid_server_config",
      `Invalid server environment: ${variable}: must not contain line breaks.`,
    );
  }
  return key || undefined;
}

const localUpstream: Upstream = {
  id: LOCAL_UPSTREAM_ID,
  label: "Local engine",
  kind: "local",
  baseURL: "/v1",
  headers: {},
  hasKey: true,
  needsKey: false,
  authHeaders: () => ({}),
};

function configuredUpstream(
  config: UpstreamConfig,
  source: EnvSource,
): Upstream {
  const key = readKey(source, config.apiKeyEnv);
  return {
    id: config.id,
    label: config.label,
    kind: config.kind,
    baseURL: normalizeBaseURL(config.kind, config.baseURL),
    models: config.models,
    headers: config.headers ?? {},
    hasKey: key !== undefined,
    // OpenAI and Azure always ask for one; another server only when its configuration names a key variable.
    needsKey:
      config.apiKeyEnv !== undefined || config.kind !== "openai-compatible",
    authHeaders: authenticator(config.kind, key),
  };
}

/** Builds the registry from an env snapshot, so tests pass their own env instead of mutating process.env. */
export function createUpstreamRegistry(source: EnvSource): UpstreamRegistry {
  return upstreamRegistry(parseEnv(source), source);
}

/** The registry from the validated variables; `source` holds the keys the upstreams' apiKeyEnv names. */
function upstreamRegistry(env: Env, source: EnvSource): UpstreamRegistry {
  const upstreams: Upstream[] = env.LOCAL_ENGINE ? [localUpstream] : [];
  if (env.OPENAI_API_KEY) {
    const orgHeaders: Record<string, string> = {};
    if (env.OPENAI_ORG_ID)
      orgHeaders["openai-organization"] = env.OPENAI_ORG_ID;
    if (env.OPENAI_PROJECT_ID)
      orgHeaders["openai-project"] = env.OPENAI_PROJECT_ID;
    upstreams.push({
      id: OPENAI_UPSTREAM_ID,
      label: "OpenAI",
      kind: "openai",
      baseURL: normalizeBaseURL("openai", env.OPENAI_BASE_URL),
      headers: {},
      hasKey: true,
      needsKey: true,
      authHeaders: authenticator("openai", env.OPENAI_API_KEY, orgHeaders),
    });
    if (
      env.PLAYGROUND_UPSTREAMS.some(
        (config) => config.id === OPENAI_UPSTREAM_ID,
      )
    ) {
      throw playgroundError(
        500,
        "invalid_server_config",
        "Invalid server environment: PLAYGROUND_UPSTREAMS: id 'openai' is taken by the upstream OPENAI_API_KEY configures.",
      );
    }
  }
  for (const config of env.PLAYGROUND_UPSTREAMS)
    upstreams.push(configuredUpstream(config, source));
  const byId = new Map(upstreams.map((upstream) => [upstream.id, upstream]));
  return {
    upstreams,
    defaultId: upstreams[0]?.id ?? null,
    timeoutMs: env.PLAYGROUND_UPSTREAM_TIMEOUT_MS,
    // The gate is `npm start`'s: Next's development server reads the variable but asks for no token.
    accessTokenRequired:
      env.PLAYGROUND_ACCESS_TOKEN !== undefined &&
      source.NODE_ENV !== "development",
    get: (id) => byId.get(id),
  };
}

function toPublicUpstream(
  upstream: Upstream,
  defaultId: string | null,
): PublicUpstream {
  return {
    id: upstream.id,
    label: upstream.label,
    kind: upstream.kind,
    hasKey: upstream.hasKey,
    needsKey: upstream.needsKey,
    isDefault: upstream.id === defaultId,
    baseURL: upstream.baseURL,
    ...(upstream.models ? { models: [...upstream.models] } : {}),
  };
}

/** The body of `GET /api/upstreams`. */
export function listPublicUpstreams(registry: UpstreamRegistry): UpstreamList {
  return {
    data: registry.upstreams.map((upstream) =>
      toPublicUpstream(upstream, registry.defaultId),
    ),
    default: registry.defaultId,
    accessTokenRequired: registry.accessTokenRequired,
  };
}

let cached: UpstreamRegistry | undefined;

/** The app's registry from process.env, built on first use so a bad env is reported by the API, not at build time. */
export function getUpstreamRegistry(): UpstreamRegistry {
  cached ??= upstreamRegistry(readEnv(), process.env);
  return cached;
}
