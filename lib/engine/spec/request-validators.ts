import { Ajv, type ValidateFunction } from "ajv";
import spec from "./openapi-responses.json";
import { SchemaTransformer, type Schema } from "./schema-transform";
import {
  extraOperations,
  patchedComponents,
  queryPatches,
} from "./spec-patches";

interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: Schema;
}
interface Operation {
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

export type ValidatorKind = "body" | "query" | "path";

/** The ajv root holding every transformed component plus one schema per operation part, compiled lazily. */
function buildAjv(): Ajv {
  const components = patchedComponents(spec.components.schemas);
  const transformer = new SchemaTransformer(components);
  const defs: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(components))
    defs[name] = transformer.transform(schema);
  for (const [path, methods] of Object.entries(operations)) {
    for (const [method, operation] of Object.entries(methods)) {
      const body = operation.requestBody?.content?.["application/json"]?.schema;
      if (body)
        defs[defName("body", method, path)] = transformer.transform(body);
      for (const kind of ["query", "path"] as const)
        defs[defName(kind, method, path)] = transformer.transform(
          parametersSchema(operation.parameters ?? [], kind),
        );
    }
  }
  const ajv = new Ajv({
    strict: false,
    allErrors: false,
    inlineRefs: false,
    logger: false,
    // Errors carry their schema, so a number's message can say integer or decimal.
    verbose: true,
    // Optimizing the generated code costs more at compile time than it saves per request.
    code: { optimize: false },
  });
  ajv.addSchema({ $id: "openapi", $defs: defs });
  for (const name of Object.keys(defs)) defined.add(name);
  return ajv;
}

function parametersSchema(parameters: Parameter[], kind: string): Schema {
  const own = parameters.filter((p) => p.in === kind);
  return {
    type: "object",
    properties: Object.fromEntries(
      own.map((p) => [
        p.name,
        (kind === "query" ? queryPatches[p.name] : undefined) ?? p.schema ?? {},
      ]),
    ),
    required: own.filter((p) => p.required).map((p) => p.name),
    additionalProperties: false,
  };
}

const defName = (kind: ValidatorKind, method: string, path: string) =>
  `${kind}_${method.toLowerCase()}${path}`.replace(/[^a-zA-Z0-9_]/g, "_");

let ajv: Ajv | null = null;
const defined = new Set<string>();
/** Compiled validators by kind, method and path as requests name them, so a request builds no definition name. */
const compiled = new Map<string, ValidateFunction | null>();

/** The compiled validator of one part of an operation, or null when the operation has none. */
export function validatorFor(
  kind: ValidatorKind,
  method: string,
  path: string,
): ValidateFunction | null {
  const key = `${kind} ${method} ${path}`;
  const cached = compiled.get(key);
  if (cached !== undefined) return cached;
  ajv ??= buildAjv();
  const name = defName(kind, method, path);
  const validator = defined.has(name)
    ? ajv.compile({ $ref: `openapi#/$defs/${name}` })
    : null;
  compiled.set(key, validator);
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

/** Compiles the body validators of these path templates up front; they share their component functions. */
export function warmValidators(paths: readonly string[]): void {
  for (const path of paths)
    for (const [method, operation] of Object.entries(operations[path] ?? {}))
      if (operation.requestBody) validatorFor("body", method, path);
}
