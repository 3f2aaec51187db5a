import "server-only";
import { allowedMethods as engineMethods } from "@/lib/engine/router";
import { operations } from "@/lib/engine/spec/request-validators";
import { ApiError, apiErrorResponse } from "./api-error";

/** Each spec path template as a pattern over the proxied path (`responses/resp_1`), with its methods. */
const templates = Object.entries(operations).map(([template, methods]) => ({
  pattern: new RegExp(`^${template.slice(1).replace(/\{[^}]+\}/g, "[^/]+")}$`),
  methods: Object.keys(methods).map((m) => m.toUpperCase()),
}));

/** The methods the Responses family defines on a path (the spec's and the local engine's own), or null for a path it does not know. */
export function familyMethods(path: string): string[] | null {
  const fromSpec = templates
    .filter(({ pattern }) => pattern.test(path))
    .flatMap(({ methods }) => methods);
  const fromEngine = engineMethods(`/${path}`) ?? [];
  const all = [...new Set([...fromSpec, ...fromEngine])];
  return all.length ? all : null;
}

/** A 405 in the envelope with `Allow`, when the family defines the path but not the method. */
export function methodNotAllowed(
  method: string,
  path: string,
): Response | null {
  const allowed = familyMethods(path);
  if (!allowed || allowed.includes(method)) return null;
  const allow = allowed.join(", ");
  const response = apiErrorResponse(
    new ApiError(
      405,
      "method_not_allowed",
      `Method ${method} is not allowed on /v1/${path}; use ${allow}.`,
    ),
  );
  response.headers.set("allow", allow);
  return response;
}
