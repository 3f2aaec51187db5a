import type { ErrorObject } from "ajv";
import type { ApiError } from "@/lib/api/api-error";
import { paramPath } from "@/lib/api/param-path";
import { invalidRequest } from "../errors";

/** Keywords that only say "a branch failed"; the branch's own error is the useful one. */
const combinators = new Set(["if", "anyOf", "oneOf", "allOf", "not"]);

/** Walks a JSON pointer through the data, naming it the way the API names params: `input[0].content`. */
function locate(
  data: unknown,
  pointer: string,
): { param: string; value: unknown } {
  const path: (string | number)[] = [];
  let value = data;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(value)) {
      path.push(Number(segment));
      value = value[Number(segment)];
    } else {
      path.push(segment);
      value =
        typeof value === "object" && value !== null
          ? (value as Record<string, unknown>)[segment]
          : undefined;
    }
  }
  return { param: paramPath(path), value };
}

const join = (parent: string, key: string) =>
  parent ? `${parent}.${key}` : key;

const typeNames: Record<string, string> = {
  string: "a string",
  integer: "an integer",
  number: "a decimal",
  boolean: "a boolean",
  object: "an object",
  array: "an array",
  null: "null",
};

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number")
    return Number.isInteger(value) ? "an integer" : "a decimal";
  return typeNames[typeof value] ?? `a ${typeof value}`;
}

function expectedTypes(types: unknown): string {
  const list = (Array.isArray(types) ? types : [types]).map(String);
  const shown = list.length > 1 ? list.filter((t) => t !== "null") : list;
  const names = shown.map((t) => typeNames[t] ?? t);
  return names.length > 1
    ? `one of ${names.slice(0, -1).join(", ")} or ${names.at(-1)}`
    : (names[0] ?? "another type");
}

/** A value as the API quotes it: strings as they are, anything else as JSON, cut short when long. */
export function quote(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}

/** 'a' and 'b', or 'a', 'b', and 'c', as the API lists supported values. */
export function listValues(values: readonly unknown[]): string {
  const quoted = values.map((v) => `'${quote(v)}'`);
  if (quoted.length === 2) return quoted.join(" and ");
  return quoted.length > 1
    ? `${quoted.slice(0, -1).join(", ")}, and ${quoted.at(-1)}`
    : (quoted[0] ?? "");
}

function numberKind(error: ErrorObject): string {
  const type = (error.parentSchema as { type?: unknown } | undefined)?.type;
  return type === "integer" ? "integer" : "decimal";
}

/** One ajv error as the API's 400: its wording, `param` and `code`. */
function toApiError(error: ErrorObject, data: unknown): ApiError {
  const { param, value } = locate(data, error.instancePath);
  const params = error.params as Record<string, unknown>;
  const at = param || "body";
  switch (error.keyword) {
    case "additionalProperties": {
      const name = join(param, String(params.additionalProperty));
      return invalidRequest(
        `Unknown parameter: '${name}'.`,
        name,
        "unknown_parameter",
      );
    }
    case "required": {
      const name = join(param, String(params.missingProperty));
      return invalidRequest(
        `Missing required parameter: '${name}'.`,
        name,
        "missing_required_parameter",
      );
    }
    case "type":
      return invalidRequest(
        `Invalid type for '${at}': expected ${expectedTypes(params.type)}, but got ${describeValue(value)} instead.`,
        param || null,
        "invalid_type",
      );
    case "enum":
    case "const": {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [
        params.allowedValue,
      ];
      return invalidRequest(
        `Invalid value: '${quote(value)}'. Supported values are: ${listValues(allowed.filter((v) => v !== null))}.`,
        param || null,
        "invalid_value",
      );
    }
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const kind = numberKind(error);
      const below = error.keyword.endsWith("inimum");
      return invalidRequest(
        `Invalid '${at}': ${kind} ${below ? "below minimum" : "above maximum"} value. Expected a value ${String(params.comparison)} ${String(params.limit)}, but got ${String(value)} instead.`,
        param || null,
        `${kind}_${below ? "below_min" : "above_max"}_value`,
      );
    }
    case "minLength":
    case "maxLength": {
      if (error.propertyName !== undefined) {
        const name = join(param, error.propertyName);
        return invalidRequest(
          `Invalid '${name}': the key is longer than ${String(params.limit)} characters.`,
          name,
          "invalid_value",
        );
      }
      const long = error.keyword === "maxLength";
      const length = typeof value === "string" ? value.length : 0;
      return invalidRequest(
        `Invalid '${at}': ${long ? "string too long" : length ? "string too short" : "empty string"}. Expected a string with ${long ? "maximum" : "minimum"} length ${String(params.limit)}, but got ${length ? `a string with length ${length}` : "an empty string"} instead.`,
        param || null,
        long
          ? "string_above_max_length"
          : length
            ? "string_below_min_length"
            : "empty_string",
      );
    }
    case "minItems":
    case "maxItems": {
      const long = error.keyword === "maxItems";
      const length = Array.isArray(value) ? value.length : 0;
      return invalidRequest(
        `Invalid '${at}': ${long ? "array too long" : length ? "array too short" : "empty array"}. Expected an array with ${long ? "maximum" : "minimum"} length ${String(params.limit)}, but got ${length ? `an array with length ${length}` : "an empty array"} instead.`,
        param || null,
        long
          ? "array_above_max_length"
          : length
            ? "array_below_min_length"
            : "empty_array",
      );
    }
    case "maxProperties":
      return invalidRequest(
        `Invalid '${at}': too many properties. Expected an object with at most ${String(params.limit)} properties, but got ${Object.keys(value ?? {}).length} instead.`,
        param || null,
        "object_above_max_properties",
      );
    case "pattern":
      return invalidRequest(
        `Invalid '${at}': string does not match pattern. Expected a string that matches the pattern '${String(params.pattern)}'.`,
        param || null,
        "invalid_value",
      );
    default:
      return invalidRequest(
        `Invalid value for '${at}'.`,
        param || null,
        "invalid_value",
      );
  }
}

/** The single most useful of ajv's errors (the failing branch's own, not "a branch failed") as the API's 400. */
export function requestError(
  errors: readonly ErrorObject[] | null | undefined,
  data: unknown,
): ApiError {
  const list = errors ?? [];
  const chosen = list.find((e) => !combinators.has(e.keyword)) ?? list[0];
  return chosen
    ? toApiError(chosen, data)
    : invalidRequest("Invalid request.", null, "invalid_value");
}
