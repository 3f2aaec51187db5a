import { z } from "zod";
import { invalidRequest } from "../errors";

/** Formats a zod path the way the API names params: `input[0].content`. */
export function paramName(path: readonly PropertyKey[]): string | null {
  let name = "";
  for (const segment of path) {
    name +=
      typeof segment === "number"
        ? `[${segment}]`
        : name
          ? `.${String(segment)}`
          : String(segment);
  }
  return name || null;
}

function describeIssue(issue: z.core.$ZodIssue): {
  message: string;
  param: string | null;
} {
  if (issue.code === "unrecognized_keys") {
    const param = paramName([...issue.path, issue.keys[0] ?? ""]);
    return { message: `Unknown parameter: '${param}'.`, param };
  }
  const param = paramName(issue.path);
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return { message: `Missing required parameter: '${param}'.`, param };
  }
  if (issue.code === "invalid_type") {
    return {
      message: `Invalid type for '${param}': expected ${issue.expected}, but got ${describeValue(issue.input)} instead.`,
      param,
    };
  }
  return {
    message: param
      ? `Invalid value for '${param}': ${issue.message}`
      : issue.message,
    param,
  };
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `a ${type}`;
}

const errorCodes: Partial<Record<z.core.$ZodIssue["code"], string>> = {
  unrecognized_keys: "unknown_parameter",
  invalid_type: "invalid_type",
};

/** Parses a value with a zod schema or throws a 400 that names the offending param. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw invalidRequest("Invalid request body.");
  const { message, param } = describeIssue(issue);
  throw invalidRequest(
    message,
    param,
    errorCodes[issue.code] ?? "invalid_value",
  );
}

/** Reads a JSON request body, answering malformed JSON with a 400 instead of a 500. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim())
    throw invalidRequest("The request body is empty; send a JSON object.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidRequest(
      "We could not parse the JSON body of your request. Send valid JSON with Content-Type: application/json.",
      null,
      "invalid_json",
    );
  }
}

/** The API's metadata rule: at most 16 string pairs, keys ≤ 64 and values ≤ 512 characters. */
export const metadataSchema = z
  .record(z.string(), z.string())
  .superRefine((metadata, ctx) => {
    const entries = Object.entries(metadata);
    if (entries.length > 16) {
      ctx.addIssue({
        code: "custom",
        message: `at most 16 key-value pairs are allowed, got ${entries.length}.`,
      });
    }
    for (const [key, value] of entries) {
      if (key.length > 64)
        ctx.addIssue({
          code: "custom",
          message: `key '${key.slice(0, 20)}…' is longer than 64 characters.`,
        });
      if (value.length > 512)
        ctx.addIssue({
          code: "custom",
          message: `the value of '${key}' is longer than 512 characters.`,
        });
    }
  });
