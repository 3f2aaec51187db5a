import { Ajv, type ValidateFunction } from "ajv";
import spec from "../spec/openapi-responses.json";
import { SchemaTransformer } from "../spec/schema-transform";
import { patchedComponents } from "../spec/spec-patches";

/** What each engine route answers with, as the spec names it: method, path pattern, schema. */
const ROUTES: readonly [string, RegExp, string][] = [
  ["POST", /^\/v1\/responses$/, "Response"],
  ["GET", /^\/v1\/responses\/[^/]+$/, "Response"],
  ["POST", /^\/v1\/responses\/[^/]+\/cancel$/, "Response"],
  ["GET", /^\/v1\/responses\/[^/]+\/input_items$/, "ResponseItemList"],
  ["POST", /^\/v1\/responses\/input_tokens$/, "TokenCountsResource"],
  ["POST", /^\/v1\/responses\/compact$/, "CompactResource"],
  ["POST", /^\/v1\/conversations$/, "ConversationResource"],
  ["GET", /^\/v1\/conversations\/[^/]+$/, "ConversationResource"],
  ["POST", /^\/v1\/conversations\/[^/]+$/, "ConversationResource"],
  ["DELETE", /^\/v1\/conversations\/[^/]+$/, "DeletedConversationResource"],
  ["GET", /^\/v1\/conversations\/[^/]+\/items$/, "ConversationItemList"],
  ["POST", /^\/v1\/conversations\/[^/]+\/items$/, "ConversationItemList"],
  ["GET", /^\/v1\/conversations\/[^/]+\/items\/[^/]+$/, "ConversationItem"],
  [
    "DELETE",
    /^\/v1\/conversations\/[^/]+\/items\/[^/]+$/,
    "ConversationResource",
  ],
];

let ajv: Ajv | null = null;
const validators = new Map<string, ValidateFunction>();

/** The validator of one spec component, built the way the engine builds its request validators. */
function validatorOf(name: string): ValidateFunction {
  const cached = validators.get(name);
  if (cached) return cached;
  if (!ajv) {
    const components = patchedComponents(spec.components.schemas);
    const transformer = new SchemaTransformer(components);
    const defs = Object.fromEntries(
      Object.entries(components).map(([key, schema]) => [
        key,
        transformer.transform(schema),
      ]),
    );
    ajv = new Ajv({ strict: false, logger: false, allErrors: true });
    ajv.addSchema({ $id: "spec", $defs: defs });
  }
  const validator = ajv.compile({ $ref: `spec#/$defs/${name}` });
  validators.set(name, validator);
  return validator;
}

/** The spec schema a successful answer to this request must match, or null when the spec has none. */
export function responseSchemaOf(method: string, path: string): string | null {
  return (
    ROUTES.find(([m, pattern]) => m === method && pattern.test(path))?.[2] ??
    null
  );
}

/** Problems of `value` against a spec component, in words; empty when it matches. */
export function schemaProblems(name: string, value: unknown): string[] {
  const validate = validatorOf(name);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${name}${error.instancePath} ${error.message ?? "is invalid"} ${JSON.stringify(error.params)}`,
  );
}
