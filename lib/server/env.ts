import "server-only";
import { z } from "zod";
import { playgroundError } from "@/lib/api/api-error";

/** A snapshot of environment variables; `process.env` in the app, a plain object in tests. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

/** Blank variables (common in `.env` files) count as unset so defaults apply. */
function unsetWhenBlank<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() === "" ? undefined : value,
    schema,
  );
}

const headerValue = z
  .string()
  .regex(/^[^\r\n\0]*$/, "must not contain line breaks");

/** Where a key or token would leak if a URL were logged or shown, so those parts are rejected. */
const httpBaseUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .superRefine((value, ctx) => {
    if (!URL.canParse(value)) return;
    const url = new URL(value);
    if (url.username || url.password)
      ctx.addIssue({
        code: "custom",
        message: "must not contain credentials (use apiKeyEnv)",
      });
    if (url.search || url.hash)
      ctx.addIssue({
        code: "custom",
        message: "must not contain a query string or fragment",
      });
  });

/** Headers the proxy owns; a key belongs in apiKeyEnv so the UI can tell whether one is configured. */
const reservedHeaders = new Set([
  "authorization",
  "api-key",
  "host",
  "content-length",
  "transfer-encoding",
  "connection",
  "accept-encoding",
]);

const headerNamePattern = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

const extraHeaders = z
  .record(z.string(), headerValue)
  .superRefine((headers, ctx) => {
    for (const name of Object.keys(headers)) {
      if (!headerNamePattern.test(name))
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: "is not a valid header name",
        });
      else if (reservedHeaders.has(name.toLowerCase()))
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: "is set by the proxy (put keys in apiKeyEnv)",
        });
    }
  });

export const upstreamKinds = ["openai", "azure", "openai-compatible"] as const;

export const upstreamConfigSchema = z.strictObject({
  id: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{0,62}$/,
      "must be a lowercase slug (a-z, 0-9, -)",
    )
    .refine((id) => id !== "local", "'local' is reserved for the local engine"),
  label: z.string().trim().min(1).max(80),
  baseURL: httpBaseUrl,
  kind: z.enum(upstreamKinds).default("openai-compatible"),
  apiKeyEnv: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name")
    .optional(),
  headers: extraHeaders.optional(),
  models: z.array(z.string().trim().min(1)).optional(),
});

export type UpstreamConfig = z.infer<typeof upstreamConfigSchema>;

const upstreamListSchema = z
  .string()
  .transform((text, ctx): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      // JSON.parse's own message quotes the text, which may hold header values: say only what is wrong.
      ctx.addIssue({
        code: "custom",
        message: "must be valid JSON: a list of {id, label, baseURL, ...}",
      });
      return z.NEVER;
    }
  })
  .pipe(z.array(upstreamConfigSchema))
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((upstream, index) => {
      if (seen.has(upstream.id))
        ctx.addIssue({
          code: "custom",
          path: [index, "id"],
          message: `duplicate id '${upstream.id}'`,
        });
      seen.add(upstream.id);
    });
  });

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

const serverEnvSchema = z.object({
  OPENAI_API_KEY: unsetWhenBlank(headerValue.optional()),
  OPENAI_BASE_URL: unsetWhenBlank(
    httpBaseUrl.default("https://api.openai.com/v1"),
  ),
  OPENAI_ORG_ID: unsetWhenBlank(headerValue.optional()),
  OPENAI_PROJECT_ID: unsetWhenBlank(headerValue.optional()),
  PLAYGROUND_UPSTREAMS: unsetWhenBlank(upstreamListSchema.default([])),
  LOCAL_ENGINE: unsetWhenBlank(flag.default(true)),
  PLAYGROUND_UPSTREAM_TIMEOUT_MS: unsetWhenBlank(
    z.coerce.number().int().positive().default(60_000),
  ),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

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

/** Validates the server's configuration; the error names each bad variable and never repeats its value. */
export function parseServerEnv(source: EnvSource): ServerEnv {
  const picked = Object.fromEntries(
    Object.keys(serverEnvSchema.shape).map((name) => [name, source[name]]),
  );
  const result = serverEnvSchema.safeParse(picked);
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
