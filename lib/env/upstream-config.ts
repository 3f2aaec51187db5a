import { z } from "zod";

/** A header value: a line break would let a configured value inject a header. */
export const headerValue = z
  .string()
  .regex(/^[^\r\n\0]*$/, "must not contain line breaks");

/** Where a key or token would leak if a URL were logged or shown, so those parts are rejected. */
export const httpBaseUrl = z
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

const upstreamKinds = ["openai", "azure", "openai-compatible"] as const;

const upstreamConfigSchema = z.strictObject({
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

/** `PLAYGROUND_UPSTREAMS`: a JSON list of upstream configurations with distinct ids. */
export const upstreamListSchema = z
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
