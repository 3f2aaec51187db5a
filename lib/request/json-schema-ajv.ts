import Ajv from "ajv";

// One instance: compiling the meta-schema is the costly part, and it is the same for every check.
let ajv: Ajv | null = null;

/**
 * Whether `schema` is a valid JSON Schema, in words when it is not ("data/properties/city/type must be
 * equal to one of the allowed values" reads as "properties.city.type: must be ...").
 */
export function jsonSchemaProblem(
  schema: Record<string, unknown>,
): string | null {
  ajv ??= new Ajv({ strict: false, allErrors: false, validateSchema: true });
  if (ajv.validateSchema(schema) === true) return null;
  const error = ajv.errors?.[0];
  if (!error) return "Not a valid JSON Schema";
  const where = error.instancePath.replace(/^\//, "").replaceAll("/", ".");
  return `Not a valid JSON Schema: ${where === "" ? "" : `${where}: `}${error.message ?? "invalid"}`;
}
