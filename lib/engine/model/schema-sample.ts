import { firstValid, pairCandidates } from "./pair-candidates";
import {
  sampleNumber,
  schemaExamples,
  stringCandidates,
} from "./scalar-sample";
import {
  asArray,
  asRecord,
  asStrings,
  expandNode,
  numberField,
  typesOf,
  type SchemaNode,
} from "./schema-nodes";

/** Where values from the user's words come from; the sampler falls back to the schema when they give none. */
export interface SampleHints {
  /** The raw value the user gave for a property name (`name=value` / `name: value`), if any. */
  pairValue: (propertyName: string) => string | undefined;
  /** Text for an unconstrained string (enum, const, format and pattern excluded), if any. */
  freeString: (propertyName: string | null) => string | undefined;
  /**
   * Which optional properties get a value: all of them (a complete example), or only those the user's words fill,
   * as a model calling a tool leaves out what it has no value for.
   */
  optionalProperties?: "all" | "hinted";
}

/** Past this depth objects keep only required properties and arrays only `minItems`, so recursion shrinks. */
const SOFT_DEPTH = 6;
/** Past this depth (or node budget) the sampler gives up with null, so cyclic schemas terminate. */
const HARD_DEPTH = 12;
const NODE_BUDGET = 5_000;

interface SampleState {
  root: unknown;
  hints: SampleHints;
  visited: number;
}

/** Where a node sits: its property name, its index in an array, its depth, and whether user pairs apply. */
interface Slot {
  name: string | null;
  variant: number;
  depth: number;
  usePair: boolean;
}

/** Generates a value for a JSON Schema, filling it from the user's words where they fit. */
export function sampleFromSchema(schema: unknown, hints: SampleHints): unknown {
  const state: SampleState = { root: schema, hints, visited: 0 };
  return sampleNode(schema, state, {
    name: null,
    variant: 0,
    depth: 0,
    usePair: false,
  });
}

function sampleNode(schema: unknown, state: SampleState, slot: Slot): unknown {
  state.visited += 1;
  if (slot.depth > HARD_DEPTH || state.visited > NODE_BUDGET) return null;
  const node = expandNode(schema, state.root);
  if ("const" in node) return node.const;
  const raw =
    slot.usePair && slot.name !== null
      ? state.hints.pairValue(slot.name)
      : undefined;
  if (raw !== undefined) {
    const fromUser = firstValid(
      node,
      state.root,
      pairCandidates(raw, node, state.root),
    );
    if (fromUser !== null) return fromUser.value;
  }
  if (leftNull(node, state, slot)) return null;
  const candidates = generatedCandidates(node, state, slot);
  if (candidates.length <= 1) return candidates[0] ?? null;
  return firstValid(node, state.root, candidates)?.value ?? candidates[0];
}

/** Whether a schema takes null: by its type, its enum, or one of its anyOf/oneOf branches (a few refs deep). */
function admitsNull(node: SchemaNode, root: unknown, depth = 0): boolean {
  if (typesOf(node).includes("null") || asArray(node.enum).includes(null))
    return true;
  const branches = [node.anyOf, node.oneOf].find(Array.isArray) ?? [];
  return (
    depth < 4 &&
    branches.some((branch) =>
      admitsNull(expandNode(branch, root), root, depth + 1),
    )
  );
}

/**
 * Whether a nullable property the user's words give no value stays null, in a tool call: a strict tool's optional
 * arguments are required and nullable, and null is how a model leaves one out.
 */
function leftNull(node: SchemaNode, state: SampleState, slot: Slot): boolean {
  return (
    state.hints.optionalProperties === "hinted" &&
    slot.usePair &&
    slot.name !== null &&
    !isHinted(state.hints, slot.name) &&
    admitsNull(node, state.root)
  );
}

/** Puts null-typed branches first once deep, so recursive `anyOf: [ref, null]` schemas stop. */
function shallowFirst(
  branches: unknown[],
  state: SampleState,
  slot: Slot,
): unknown[] {
  if (slot.depth < SOFT_DEPTH) return branches;
  const isNull = (branch: unknown): boolean =>
    typesOf(expandNode(branch, state.root))[0] === "null";
  return [
    ...branches.filter(isNull),
    ...branches.filter((branch) => !isNull(branch)),
  ];
}

/** Samples anyOf/oneOf branches one by one and keeps the first valid, so unused branches cost nothing. */
function sampleBranches(
  node: SchemaNode,
  branches: unknown[],
  state: SampleState,
  slot: Slot,
): unknown {
  const shared: SchemaNode = { ...node };
  delete shared.anyOf;
  delete shared.oneOf;
  let first: { value: unknown } | null = null;
  for (const branch of shallowFirst(branches, state, slot)) {
    const merged = { ...shared, ...expandNode(branch, state.root) };
    const value = sampleNode(merged, state, { ...slot, usePair: false });
    if (firstValid(node, state.root, [value]) !== null) return value;
    first ??= { value };
  }
  return first === null ? null : first.value;
}

function generatedCandidates(
  node: SchemaNode,
  state: SampleState,
  slot: Slot,
): unknown[] {
  const members = asArray(node.enum);
  if (members.length > 0) {
    const start = slot.variant % members.length;
    return [...members.slice(start), ...members.slice(0, start)];
  }
  const branches = [node.anyOf, node.oneOf].find(Array.isArray);
  if (branches !== undefined)
    return [sampleBranches(node, branches, state, slot)];
  const types = typesOf(node);
  const ordered =
    slot.depth >= SOFT_DEPTH
      ? [
          ...types.filter((t) => t === "null"),
          ...types.filter((t) => t !== "null"),
        ]
      : types;
  const examples = types.includes("string") ? [] : schemaExamples(node);
  return [
    ...examples,
    ...ordered.flatMap((type) => sampleByType(type, node, state, slot)),
  ];
}

function sampleByType(
  type: string,
  node: SchemaNode,
  state: SampleState,
  slot: Slot,
): unknown[] {
  switch (type) {
    case "string":
      return stringCandidates(
        node,
        state.hints.freeString(slot.name),
        slot.variant,
      );
    case "integer":
    case "number":
      return [sampleNumber(node, type === "integer", slot.variant)];
    case "boolean":
      return [slot.variant % 2 === 0];
    case "object":
      return [sampleObject(node, state, slot)];
    case "array":
      return [sampleArray(node, state, slot)];
    default:
      return [null];
  }
}

/** Whether the user's words give a property a value, by pair or as free text. */
function isHinted(hints: SampleHints, name: string): boolean {
  return (
    hints.pairValue(name) !== undefined || hints.freeString(name) !== undefined
  );
}

/** The required properties first, then the optional ones the hints call for (none once deep), each filled by name. */
function sampleObject(
  node: SchemaNode,
  state: SampleState,
  slot: Slot,
): Record<string, unknown> {
  const properties = asRecord(node.properties);
  const extra = node.additionalProperties;
  const { hints } = state;
  const optional =
    slot.depth >= SOFT_DEPTH
      ? []
      : Object.keys(properties).filter(
          (key) =>
            hints.optionalProperties !== "hinted" || isHinted(hints, key),
        );
  const keys = [...new Set([...asStrings(node.required), ...optional])];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const schema = Object.hasOwn(properties, key)
      ? properties[key]
      : typeof extra === "object"
        ? extra
        : {};
    const child: Slot = {
      name: key,
      variant: slot.variant,
      depth: slot.depth + 1,
      usePair: true,
    };
    out[key] = sampleNode(schema, state, child);
  }
  return out;
}

/** One item (or `minItems`, or one per tuple position), capped by `maxItems`. */
function sampleArray(
  node: SchemaNode,
  state: SampleState,
  slot: Slot,
): unknown[] {
  const tuple = [node.prefixItems, node.items].find(Array.isArray) ?? [];
  const rest: unknown = Array.isArray(node.items)
    ? node.additionalItems
    : node.items;
  const min = numberField(node, "minItems") ?? 0;
  const max = numberField(node, "maxItems");
  const wanted =
    slot.depth >= SOFT_DEPTH
      ? min
      : Math.max(min, tuple.length === 0 ? 1 : tuple.length);
  const count = max === undefined ? wanted : Math.min(wanted, max);
  return Array.from({ length: count }, (_, index) => {
    const inTuple = index < tuple.length;
    const schema: unknown = inTuple ? tuple[index] : (rest ?? {});
    const variant = inTuple ? 0 : index;
    return sampleNode(schema, state, {
      name: slot.name,
      variant,
      depth: slot.depth + 1,
      usePair: false,
    });
  });
}
