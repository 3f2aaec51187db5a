import spec from "./openapi-responses.json";
import { SchemaTransformer, type Schema } from "./schema-transform";

/** The `type` tag of an object schema (`enum: ["x"]` or `const: "x"`), or null. */
function typeTag(properties: Schema): string | null {
  const type = properties.type as Schema | undefined;
  const tag: unknown = Array.isArray(type?.enum) ? type.enum[0] : type?.const;
  return typeof tag === "string" ? tag : null;
}

/** Item types whose listed form (`ItemResource`, what input item and conversation item lists hold) requires a `status`. */
function listedTypesWithStatus(): Set<string> {
  const components = spec.components.schemas as Record<string, Schema>;
  const transformer = new SchemaTransformer(components);
  const listed = components.ItemResource?.oneOf;
  const types = new Set<string>();
  for (const branch of Array.isArray(listed) ? listed : []) {
    const shape = transformer.mergeAllOf(transformer.resolve(branch as Schema));
    const tag = typeTag(shape.properties as Schema);
    if (tag && (shape.required as string[]).includes("status")) types.add(tag);
  }
  return types;
}

/** Read once from the spec, so an item type the API adds with a status gets one here too. */
export const itemTypesWithStatus: ReadonlySet<string> = listedTypesWithStatus();
