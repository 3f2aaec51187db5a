import type { ValidateFunction } from "ajv";
import validators from "./openapi-validators.js";
import { operations, validatorName, type ValidatorKind } from "./operations";
import type { Schema } from "./schema-transform";
import { queryPatches } from "./request-limits";

/** Validators by kind, method and path as requests name them, so a request builds no validator name. */
const byRequest = new Map<string, ValidateFunction | null>();

/** The validator of one part of an operation, or null when the operation has none. */
export function validatorFor(
  kind: ValidatorKind,
  method: string,
  path: string,
): ValidateFunction | null {
  const key = `${kind} ${method} ${path}`;
  let validator = byRequest.get(key);
  if (validator === undefined) {
    validator = validators[validatorName(kind, method, path)] ?? null;
    byRequest.set(key, validator);
  }
  return validator;
}

/** The JSON type a query parameter's schema expects, to turn its text into that type before validation. */
export function queryParameterType(
  method: string,
  path: string,
  name: string,
): { type: string; items?: string } | null {
  const parameter = operations[path]?.[method.toLowerCase()]?.parameters?.find(
    (p) => p.in === "query" && p.name === name,
  );
  const schema = queryPatches[name] ?? parameter?.schema;
  if (schema && typeof schema.$ref === "string") return { type: "object" };
  if (!schema || typeof schema.type !== "string") return null;
  const items = schema.items as Schema | undefined;
  return {
    type: schema.type,
    items: typeof items?.type === "string" ? items.type : undefined,
  };
}
