import "server-only";
import { playgroundError, type ApiError } from "@/lib/api/api-error";

/**
 * The Responses family's path templates (relative to `/v1/`) with the methods the spec and the local engine
 * define on each. Kept as data so the proxy does not load the OpenAPI spec, ajv and the engine just to answer
 * a 405; `proxy-methods.test.ts` fails when it drifts from the spec or the engine's router.
 */
export const FAMILY_METHODS: readonly (readonly [string, readonly string[]])[] =
  [
    ["conversations", ["POST", "GET"]],
    ["conversations/{conversation_id}", ["GET", "DELETE", "POST"]],
    ["conversations/{conversation_id}/items", ["POST", "GET"]],
    ["conversations/{conversation_id}/items/{item_id}", ["GET", "DELETE"]],
    ["files", ["GET", "POST"]],
    ["files/{file_id}", ["DELETE", "GET"]],
    ["files/{file_id}/content", ["GET"]],
    ["models", ["GET"]],
    ["models/{model}", ["GET", "DELETE"]],
    ["responses", ["POST", "GET"]],
    ["responses/compact", ["POST"]],
    ["responses/input_tokens", ["POST"]],
    ["responses/{response_id}", ["GET", "DELETE"]],
    ["responses/{response_id}/cancel", ["POST"]],
    ["responses/{response_id}/input_items", ["GET"]],
    ["vector_stores", ["GET", "POST"]],
    ["vector_stores/{vector_store_id}", ["GET", "POST", "DELETE"]],
    ["vector_stores/{vector_store_id}/file_batches", ["POST"]],
    ["vector_stores/{vector_store_id}/file_batches/{batch_id}", ["GET"]],
    [
      "vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
      ["POST"],
    ],
    ["vector_stores/{vector_store_id}/file_batches/{batch_id}/files", ["GET"]],
    ["vector_stores/{vector_store_id}/files", ["GET", "POST"]],
    [
      "vector_stores/{vector_store_id}/files/{file_id}",
      ["GET", "DELETE", "POST"],
    ],
    ["vector_stores/{vector_store_id}/files/{file_id}/content", ["GET"]],
    ["vector_stores/{vector_store_id}/search", ["POST"]],
  ];

/** Each path template as a pattern over the proxied path (`responses/resp_1`), with its methods. */
const templates = FAMILY_METHODS.map(([template, methods]) => ({
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`),
  methods,
}));

/** The methods the Responses family defines on a path, or null for a path it does not know. */
export function familyMethods(path: string): string[] | null {
  const all = new Set<string>();
  for (const { pattern, methods } of templates)
    if (pattern.test(path)) for (const method of methods) all.add(method);
  return all.size > 0 ? [...all] : null;
}

/** A 405 in the envelope with `Allow`, when the family defines the path but not the method. */
export function methodNotAllowed(
  method: string,
  path: string,
): ApiError | null {
  const allowed = familyMethods(path);
  if (!allowed || allowed.includes(method)) return null;
  const allow = allowed.join(", ");
  return playgroundError(
    405,
    "method_not_allowed",
    `Method ${method} is not allowed on /v1/${path}; use ${allow}.`,
    { headers: { allow } },
  );
}
