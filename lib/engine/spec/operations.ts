import spec from "./openapi-responses.json";
import type { Schema } from "./schema-transform";
import { extraOperations } from "./extra-operations";

export interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: Schema;
}
export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

type Paths = Record<string, Record<string, Operation>>;

/** The spec's operations and the engine's own, keyed by path template then lower-case method. */
export const operations: Paths = Object.fromEntries(
  [
    ...new Set([...Object.keys(spec.paths), ...Object.keys(extraOperations)]),
  ].map((path) => [
    path,
    {
      ...(spec.paths as unknown as Paths)[path],
      ...(extraOperations as unknown as Paths)[path],
    },
  ]),
);

export type ValidatorKind = "body" | "query";

/** The name under which one part of an operation's schema, and its validator, is known. */
export const validatorName = (
  kind: ValidatorKind,
  method: string,
  path: string,
) => `${kind}_${method.toLowerCase()}${path}`.replace(/[^a-zA-Z0-9_]/g, "_");
