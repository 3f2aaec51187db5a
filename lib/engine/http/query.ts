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

const includeParam = z.union([z.string(), z.array(z.string())]).optional();

/** `limit`, `order` (default desc), `after` and `include[]`, as the item lists take them. */
export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  order: z.enum(["asc", "desc"]).default("desc"),
  after: z.string().min(1).optional(),
  include: includeParam,
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
