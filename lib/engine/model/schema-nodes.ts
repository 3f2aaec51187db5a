import { isRecord } from "./input-items";

/** A JSON Schema node as the sampler reads it; booleans are the `true`/`false` schemas. */
export type SchemaNode = Record<string, unknown>;

/** How many `$ref`/`allOf` expansions one node may take, so cyclic references end. */
const MAX_EXPANSIONS = 16;

/** Follows a local JSON pointer (`#`, `#/$defs/x`, `#/definitions/x`, ...) inside the root schema. */
function resolveRef(root: unknown, ref: string): unknown {
  if (ref === "#") return root;
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isRecord(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/** Merges allOf branches into one node, unioning properties and required lists. */
function mergeAllOf(node: SchemaNode, root: unknown): SchemaNode {
  const { allOf, ...rest } = node;
  let merged: SchemaNode = rest;
  for (const part of Array.isArray(allOf) ? allOf : []) {
    const branch = expandNode(part, root);
    merged = {
      ...branch,
      ...merged,
      properties: {
        ...asRecord(branch.properties),
        ...asRecord(merged.properties),
      },
      required: [...asStrings(branch.required), ...asStrings(merged.required)],
    };
  }
  return merged;
}

/** Resolves `$ref` (keeping sibling keywords, as 2019+ drafts do) and flattens `allOf`. */
export function expandNode(schema: unknown, root: unknown): SchemaNode {
  let node: SchemaNode = schemaNode(schema);
  for (let hop = 0; hop < MAX_EXPANSIONS; hop += 1) {
    if (typeof node.$ref === "string") {
      const { $ref, ...siblings } = node;
      node = { ...schemaNode(resolveRef(root, $ref)), ...siblings };
    } else if (Array.isArray(node.allOf)) {
      node = mergeAllOf(node, root);
    } else {
      return node;
    }
  }
  return node;
}

/** Turns any schema value into a node: `true`/missing is `{}`, `false` matches nothing. */
export function schemaNode(schema: unknown): SchemaNode {
  if (isRecord(schema)) return schema;
  return schema === false ? { not: {} } : {};
}

export function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** Narrows to an array of unknown values, so entries are never typed `any`. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

export function asStrings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((entry): entry is string => typeof entry === "string")
    : [];
}

export function numberField(node: SchemaNode, key: string): number | undefined {
  const value = node[key];
  return typeof value === "number" && Number.isFinite(value)
    ? value
    : undefined;
}

/** The node's types, explicit or inferred from its keywords; non-null types first so values have content. */
export function typesOf(node: SchemaNode): string[] {
  const declared =
    typeof node.type === "string" ? [node.type] : asStrings(node.type);
  const types = declared.length > 0 ? declared : inferTypes(node);
  return [
    ...types.filter((type) => type !== "null"),
    ...types.filter((type) => type === "null"),
  ];
}

function inferTypes(node: SchemaNode): string[] {
  if (
    "properties" in node ||
    "required" in node ||
    "additionalProperties" in node
  )
    return ["object"];
  if ("items" in node || "prefixItems" in node || "minItems" in node)
    return ["array"];
  if ("minimum" in node || "maximum" in node || "multipleOf" in node)
    return ["number"];
  if ("exclusiveMinimum" in node || "exclusiveMaximum" in node)
    return ["number"];
  return ["string"];
}

/** A node made self-contained for validation by carrying the root's definitions along. */
export function withDefinitions(node: SchemaNode, root: unknown): SchemaNode {
  if (node === root || !isRecord(root)) return node;
  const extra: SchemaNode = {};
  if (root.$defs !== undefined && node.$defs === undefined)
    extra.$defs = root.$defs;
  if (root.definitions !== undefined && node.definitions === undefined)
    extra.definitions = root.definitions;
  return Object.keys(extra).length === 0 ? node : { ...node, ...extra };
}
