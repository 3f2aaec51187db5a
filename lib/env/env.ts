import { z } from "zod";
import { playgroundError } from "@/lib/api/api-error";
import {
  headerValue,
  httpBaseUrl,
  upstreamListSchema,
} from "./upstream-config";

/** A snapshot of environment variables; `process.env` in the app, a plain object in tests. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

/** How fast the local models stream when LOCAL_ENGINE_TOKENS_PER_SECOND is unset. */
export const defaultTokensPerSecond = 60;

/** The shortest access token taken: a shorter one could be guessed by trying. */
const MIN_TOKEN_LENGTH = 16;

/** Blank variables (common in `.env` files) count as unset so defaults apply. */
function unsetWhenBlank<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() === "" ? undefined : value,
    schema,
  );
}

const onValues = ["1", "true", "on", "yes"];
const offValues = ["0", "false", "off", "no"];

const flag = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .pipe(
    z.enum([...onValues, ...offValues], {
      error: "must be one of 1/true/on/yes or 0/false/off/no",
    }),
  )
  .transform((value) => onValues.includes(value));

/** Every variable the app and the standalone engine read, in one schema (the README lists them). */
const envSchema = z.object({
  OPENAI_API_KEY: unsetWhenBlank(headerValue.optional()),
  OPENAI_BASE_URL: unsetWhenBlank(
    httpBaseUrl.default("https://api.openai.com/v1"),
  ),
  OPENAI_ORG_ID: unsetWhenBlank(headerValue.optional()),
  OPENAI_PROJECT_ID: unsetWhenBlank(headerValue.optional()),
  PLAYGROUND_UPSTREAMS: unsetWhenBlank(upstreamListSchema.default([])),
  PLAYGROUND_UPSTREAM_TIMEOUT_MS: unsetWhenBlank(
    z.coerce
      .number({ error: "must be a number of milliseconds" })
      .int("must be a whole number of milliseconds")
      .positive("must be more than 0")
      .default(60_000),
  ),
  LOCAL_ENGINE: unsetWhenBlank(flag.default(true)),
  LOCAL_ENGINE_DB: unsetWhenBlank(z.string().default(".data/engine.sqlite")),
  LOCAL_ENGINE_TOKENS_PER_SECOND: unsetWhenBlank(
    z.coerce
      .number({ error: "must be a number (0 streams unpaced)" })
      .min(0, "must be 0 or more (0 streams unpaced)")
      .default(defaultTokensPerSecond),
  ),
  ENGINE_PORT: unsetWhenBlank(
    z.coerce
      .number({ error: "must be a port number" })
      .int("must be a whole port number")
      .min(0, "must be a port from 0 to 65535")
      .max(65_535, "must be a port from 0 to 65535")
      .default(4000),
  ),
  ENGINE_HOST: unsetWhenBlank(z.string().default("127.0.0.1")),
  PLAYGROUND_ACCESS_TOKEN: unsetWhenBlank(
    z
      .string()
      // Sent as a bearer token and typed into a form: visible ASCII only, so what is typed is what is compared.
      .regex(/^[\x21-\x7e]*$/, "must be printable ASCII without spaces")
      .min(MIN_TOKEN_LENGTH, `must be at least ${MIN_TOKEN_LENGTH} characters`)
      .optional(),
  ),
});

export type Env = z.infer<typeof envSchema>;

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number"
        ? `[${part}]`
        : index === 0
          ? String(part)
          : `.${String(part)}`,
    )
    .join("");
}

/** Validates `source` against a schema of env variables; the error names each bad variable and says what is wrong in words, never repeating its value. */
function parseWith<T extends z.ZodObject>(
  schema: T,
  source: EnvSource,
): z.infer<T> {
  const picked = Object.fromEntries(
    Object.keys(schema.shape).map((name) => [name, source[name]]),
  );
  const result = schema.safeParse(picked);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${describePath(issue.path)}: ${issue.message}`,
  );
  throw playgroundError(
    500,
    "invalid_server_config",
    `Invalid server environment: ${problems.join("; ")}.`,
  );
}

/** The whole configuration of the app (its proxy and its embedded engine). */
export function parseEnv(source: EnvSource): Env {
  return parseWith(envSchema, source);
}

const engineEnvSchema = envSchema.pick({
  LOCAL_ENGINE_DB: true,
  LOCAL_ENGINE_TOKENS_PER_SECOND: true,
  ENGINE_PORT: true,
  ENGINE_HOST: true,
});

export type EngineEnv = z.infer<typeof engineEnvSchema>;

/** The standalone engine's part of the configuration, so a variable only the app reads cannot stop it. */
export function parseEngineEnv(source: EnvSource): EngineEnv {
  return parseWith(engineEnvSchema, source);
}

const accessEnvSchema = envSchema.pick({ PLAYGROUND_ACCESS_TOKEN: true });

/** The access token alone, read apart from the rest, so a mistake in another variable never leaves the app open. */
export function parseAccessEnv(source: EnvSource): string | undefined {
  return parseWith(accessEnvSchema, source).PLAYGROUND_ACCESS_TOKEN;
}

let cached: Env | undefined;

/** `process.env`, validated once per process; the app's start-up (instrumentation.ts) and first use both come here. */
export function readEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
