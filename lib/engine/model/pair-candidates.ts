import { isRecord } from "./input-items";
import { parseBoolean } from "./scalar-sample";
import {
  expandNode,
  schemaNode,
  typesOf,
  withDefinitions,
  type SchemaNode,
} from "./schema-nodes";
import { isValid } from "./schema-validate";

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The first candidate the node accepts, so a user value is used only where it fits. */
export function firstValid(
  node: SchemaNode,
  root: unknown,
  candidates: readonly unknown[],
): { value: unknown } | null {
  const schema = withDefinitions(node, root);
  for (const candidate of candidates)
    if (isValid(schema, candidate) === true) return { value: candidate };
  return null;
}

/** Types a value may take, looking into anyOf/oneOf branches when the node declares none itself. */
function candidateTypes(node: SchemaNode, root: unknown): string[] {
  const branches = [node.anyOf, node.oneOf].find(Array.isArray) ?? [];
  const types = "type" in node || branches.length === 0 ? typesOf(node) : [];
  for (const branch of branches)
    types.push(...typesOf(expandNode(branch, root)));
  return [...new Set(types)];
}

/** Splits `a, b, c` (or parses a JSON array) and coerces each entry to the item schema. */
function listCandidate(
  raw: string,
  node: SchemaNode,
  root: unknown,
): unknown[] {
  const parsed = parseJson(raw);
  if (Array.isArray(parsed)) return parsed as unknown[];
  const itemNode = expandNode(isRecord(node.items) ? node.items : {}, root);
  const entries = raw
    .replace(/^\[|\]$/g, "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  return entries.map(
    (entry) =>
      firstValid(itemNode, root, pairCandidates(entry, itemNode, root))
        ?.value ?? entry,
  );
}

function coerce(
  raw: string,
  type: string,
  node: SchemaNode,
  root: unknown,
): unknown[] {
  const number = Number(raw);
  switch (type) {
    case "string":
      return [raw];
    case "integer":
    case "number":
      return raw.trim() !== "" && Number.isFinite(number) ? [number] : [];
    case "boolean":
      return [parseBoolean(raw)].filter((value) => value !== undefined);
    case "null":
      return raw.trim().toLowerCase() === "null" ? [null] : [];
    case "array":
      return [listCandidate(raw, node, root)];
    case "object":
      return [parseJson(raw)].filter(isRecord);
    default:
      return [];
  }
}

/** Interpretations of a user-typed value for a node, most specific first; the caller keeps a valid one. */
export function pairCandidates(
  raw: string,
  schema: unknown,
  root: unknown,
): unknown[] {
  const node = expandNode(schemaNode(schema), root);
  const candidates: unknown[] = [];
  if (Array.isArray(node.enum)) {
    const member: unknown = node.enum.find(
      (entry: unknown) =>
        String(entry).toLowerCase() === raw.trim().toLowerCase(),
    );
    if (member !== undefined) candidates.push(member);
  }
  for (const type of candidateTypes(node, root))
    candidates.push(...coerce(raw, type, node, root));
  return candidates;
}
