import { z } from "zod";
import { parseOrThrow } from "./validation";

/** Query parameters as an object; repeated and bracketed keys (`include[]`) become arrays. */
export function queryObject(url: URL): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [rawKey, value] of url.searchParams) {
    const isArray = rawKey.endsWith("[]");
    const key = isArray ? rawKey.slice(0, -2) : rawKey;
    const existing = result[key];
    if (isArray || existing !== undefined) {
      result[key] = [
        ...(existing === undefined
          ? []
          : Array.isArray(existing)
            ? existing
            : [existing]),
        value,
      ];
    } else {
      result[key] = value;
    }
  }
  return result;
}

const metadataParam = /^metadata\[(.+)\]$/;

/** The query as an object, with each `metadata[key]=value` gathered into `metadata`, as the engine's lists take it. */
export function listQueryObject(url: URL): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(queryObject(url))) {
    const match = metadataParam.exec(key);
    if (match?.[1] !== undefined) metadata[match[1]] = value;
    else query[key] = value;
  }
  return Object.keys(metadata).length > 0 ? { ...query, metadata } : query;
}

const includeParam = z.union([z.string(), z.array(z.string())]).optional();

/** `limit`, `order` (default desc), `after` and `include[]`, as the item lists take them. */
export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  order: z.enum(["asc", "desc"]).default("desc"),
  after: z.string().min(1).optional(),
  include: includeParam,
});

/** The engine's lists of stored objects: a page, and the pairs each listed object's metadata must have. */
export const storedListQuerySchema = z.strictObject({
  limit: pageQuerySchema.shape.limit,
  order: pageQuerySchema.shape.order,
  after: pageQuerySchema.shape.after,
  metadata: z.record(z.string().max(64), z.string().max(512)).default({}),
});

export function parsePageQuery(url: URL) {
  const query = parseOrThrow(pageQuerySchema, queryObject(url));
  return { limit: query.limit, order: query.order, after: query.after ?? null };
}

export const retrieveQuerySchema = z.strictObject({
  stream: z.enum(["true", "false"]).optional(),
  starting_after: z.coerce.number().int().min(-1).optional(),
  include: includeParam,
  include_obfuscation: z.enum(["true", "false"]).optional(),
});
