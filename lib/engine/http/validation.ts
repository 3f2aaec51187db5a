import { z } from "zod";
import { ApiError } from "@/lib/api/api-error";
import { paramPath } from "@/lib/api/param-path";
import { invalidRequest } from "../errors";
import { queryParameterType, validatorFor } from "../spec/request-validators";
import { requestLimits } from "../spec/request-limits";
import { readBodyCapped, type EngineRequest } from "./engine-request";
import { requestError } from "./request-errors";

/** Parses a value with a zod schema (the engine's typed view, after the spec's check) or throws a 400. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const param = (issue && paramPath(issue.path)) || null;
  throw invalidRequest(
    param
      ? `Invalid value for '${param}': ${issue?.message ?? "invalid"}`
      : "Invalid request body.",
    param,
    "invalid_value",
  );
}

const tooLarge = () =>
  new ApiError(
    413,
    `The request body is larger than the ${requestLimits.maxBodyBytes / 1024 / 1024} MB the local engine accepts.`,
    { code: "request_too_large" },
  );

/**
 * The path to the first object nested as deep as the limit, innermost key first, or null. The recursion stops
 * at the limit, so a body nested thousands deep costs no more stack than one at the limit, and only the keys of
 * the one object reported are kept.
 */
function pathTooDeep(value: object, depth: number): (string | number)[] | null {
  if (depth >= requestLimits.maxJsonDepth) return [];
  const array = Array.isArray(value);
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    if (typeof child !== "object" || child === null) continue;
    const path = pathTooDeep(child, depth + 1);
    if (path) {
      path.push(array ? Number(key) : key);
      return path;
    }
  }
  return null;
}

/** The param of the first value nested deeper than the limit (`body` for the body itself), or null. */
function tooDeep(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const path = pathTooDeep(value, 0);
  return path && (paramPath(path.reverse()) || "body");
}

/** Reads a JSON body: capped in size while it streams, malformed JSON and deep nesting answered with a 400. */
export async function readJsonBody(request: EngineRequest): Promise<unknown> {
  const bytes = await readBodyCapped(
    request,
    requestLimits.maxBodyBytes,
    tooLarge,
  );
  const text = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    bytes.byteLength,
  ).toString("utf8");
  if (!text.trim())
    throw invalidRequest("The request body is empty; send a JSON object.");
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw invalidRequest(
      "We could not parse the JSON body of your request. Send valid JSON with Content-Type: application/json.",
      null,
      "invalid_json",
    );
  }
  const deep = tooDeep(body);
  if (deep)
    throw invalidRequest(
      `Invalid '${deep}': the JSON nests deeper than ${requestLimits.maxJsonDepth} levels.`,
      deep,
      "nesting_too_deep",
    );
  return body;
}

/** Checks a body against the spec's schema of the operation `method path` (a path template). */
export function validateBody(
  method: string,
  path: string,
  body: unknown,
): void {
  const validate = validatorFor("body", method, path);
  if (validate && !validate(body)) throw requestError(validate.errors, body);
}

/** Query parameters as the spec types them: repeated and bracketed keys become arrays, numbers and booleans are read strictly. */
function queryValues(
  method: string,
  path: string,
  url: URL,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [rawKey, text] of url.searchParams) {
    const deep = /^(\w+)\[(.+)\]$/.exec(rawKey);
    if (
      deep?.[1] &&
      deep[2] &&
      queryParameterType(method, path, deep[1])?.type === "object"
    ) {
      const existing = result[deep[1]];
      result[deep[1]] = {
        ...(typeof existing === "object" ? existing : {}),
        [deep[2]]: text,
      };
      continue;
    }
    const bracketed = rawKey.endsWith("[]");
    const key = bracketed ? rawKey.slice(0, -2) : rawKey;
    const type = queryParameterType(method, path, key);
    if (type?.type === "array" || bracketed) {
      const existing = result[key];
      result[key] = [
        ...(Array.isArray(existing) ? (existing as unknown[]) : []),
        typed(text, type?.items),
      ];
    } else result[key] = typed(text, type?.type);
  }
  return result;
}

function typed(text: string, type: string | undefined): unknown {
  if (type === "integer" && /^-?(0|[1-9]\d{0,15})$/.test(text))
    return Number(text);
  if (type === "number" && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (type === "boolean" && (text === "true" || text === "false"))
    return text === "true";
  return text;
}

/** Checks the query against the operation's parameters in the spec; unknown parameters are refused. */
export function validateQuery(
  method: string,
  path: string,
  url: URL,
): Record<string, unknown> {
  const query = queryValues(method, path, url);
  const validate = validatorFor("query", method, path);
  if (validate && !validate(query)) throw requestError(validate.errors, query);
  return query;
}
