import fc from "fast-check";

/** Runs and seed of a fuzz run: fixed and short in `npm run test:unit`, longer with `npm run fuzz`. */
export function fuzzParameters(defaultRuns: number): {
  numRuns: number;
  seed: number;
} {
  return {
    numRuns: Number(process.env.FUZZ_RUNS ?? defaultRuns),
    seed: Number(process.env.FUZZ_SEED ?? 8),
  };
}

export interface FuzzRequest {
  method: string;
  path: string;
  body?: unknown;
}

const text = fc.string({ maxLength: 12 });
const enumValue = (values: string[]) => fc.constantFrom(...values);

const message = fc.record({
  role: enumValue(["user", "assistant", "system", "developer"]),
  content: fc.oneof(text, fc.constant([{ type: "input_text", text: "hello" }])),
});

const functionTool = fc.record({
  type: fc.constant("function"),
  name: fc.stringMatching(/^[a-z_]{1,12}$/),
  parameters: fc.constant({ type: "object", properties: {} }),
  strict: fc.boolean(),
});

/** A structurally valid create body, with any of the optional parameters. */
export const validCreateBody = fc.record(
  {
    model: enumValue(["local-echo", "local-reasoner", "unknown-model"]),
    input: fc.oneof(text, fc.array(message, { minLength: 1, maxLength: 3 })),
    instructions: text,
    temperature: fc.double({ min: 0, max: 2, noNaN: true }),
    top_p: fc.double({ min: 0, max: 1, noNaN: true }),
    max_output_tokens: fc.integer({ min: 16, max: 4000 }),
    store: fc.boolean(),
    tools: fc.array(functionTool, { maxLength: 2 }),
    reasoning: fc.record({ effort: enumValue(["low", "medium", "high"]) }),
    text: fc.record({ verbosity: enumValue(["low", "medium", "high"]) }),
    metadata: fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), text, {
      maxKeys: 3,
    }),
    truncation: enumValue(["auto", "disabled"]),
  },
  { requiredKeys: ["model", "input"] },
);

type Json = unknown;

/** Every path to an object or array inside a value, root first. */
function containers(
  value: Json,
  path: (string | number)[] = [],
): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  return [
    path,
    ...Object.entries(value).flatMap(([key, child]) =>
      containers(child, [...path, Array.isArray(value) ? Number(key) : key]),
    ),
  ];
}

function leaves(
  value: Json,
  path: (string | number)[] = [],
): (string | number)[][] {
  if (typeof value !== "object" || value === null)
    return path.length ? [path] : [];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

function update(
  value: Json,
  path: (string | number)[],
  change: (v: Json) => Json,
): Json {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path;
  if (Array.isArray(value))
    return value.map((child: Json, index) =>
      index === head ? update(child, rest, change) : child,
    );
  const record = value as Record<string, Json>;
  return {
    ...record,
    [String(head)]: update(record[String(head)], rest, change),
  };
}

const wrongTypes = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  text,
  fc.constant([]),
  fc.constant({}),
  fc.constant({ a: [1, { b: "c" }] }),
);

function nestedText(depth: number): string {
  return '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
}

/** A mutation of a valid body: unknown keys, wrong types, near-miss enums, out-of-range numbers, deep or huge values. */
export function mutated(body: Record<string, Json>): fc.Arbitrary<Json> {
  const objectPaths = containers(body).filter((p) => {
    let node: Json = body;
    for (const key of p) node = (node as Record<string, Json>)[key as string];
    return !Array.isArray(node);
  });
  const leafPaths = leaves(body);
  // An empty list picks the root, which every mutation below can also change.
  const pick = <T>(list: T[], root: T) =>
    fc.constantFrom(...(list.length ? list : [root]));
  return fc.oneof(
    fc.constant(body),
    fc
      .tuple(
        pick(objectPaths, []),
        fc.stringMatching(/^[a-z_]{1,10}$/),
        wrongTypes,
      )
      .map(([path, key, value]) =>
        update(body, path, (v) => ({ ...(v as object), [key]: value })),
      ),
    fc
      .tuple(pick(leafPaths, []), wrongTypes)
      .map(([path, value]) => update(body, path, () => value)),
    fc
      .tuple(pick(leafPaths, []), fc.constantFrom(" ", "\u0000", "é", "\ud800"))
      .map(([path, suffix]) =>
        update(body, path, (v) => (typeof v === "string" ? v + suffix : v)),
      ),
    fc
      .tuple(
        pick(leafPaths, []),
        fc.constantFrom(-1, 1e308, -1e308, 1.5, 2 ** 53, -0),
      )
      .map(([path, value]) => update(body, path, () => value)),
    fc
      .tuple(pick(objectPaths, []), fc.integer({ min: 60, max: 3000 }))
      .map(([path, depth]) =>
        update(body, path, (v) => ({
          ...(v as object),
          deep: JSON.parse(nestedText(depth)) as Json,
        })),
      ),
    fc.integer({ min: 129, max: 300 }).map((count) => ({
      ...body,
      tools: Array.from({ length: count }, (_, i) => ({
        type: "function",
        name: `f${i}`,
      })),
    })),
  );
}

const segment = fc.oneof(
  fc.constantFrom(
    "resp_nope",
    "conv_nope",
    "msg_1",
    "%zz",
    "%E0%A4%A",
    "..",
    "%00",
    "a%2Fb",
    "é",
    "input_items",
  ),
  fc
    .stringMatching(/^[!-~]{1,10}$/)
    .map(
      (s) =>
        s.replaceAll("/", "").replaceAll("?", "").replaceAll("#", "") || "x",
    ),
);

/** Odd paths, methods and queries across the Responses family. */
export const oddRequest: fc.Arbitrary<FuzzRequest> = fc.record({
  method: fc.constantFrom("GET", "POST", "DELETE", "PUT", "PATCH"),
  path: fc
    .tuple(
      fc.constantFrom(
        "responses",
        "conversations",
        "models",
        "responses/input_tokens",
        "responses/compact",
      ),
      fc.array(segment, { maxLength: 3 }),
      fc.oneof(
        fc.constant(""),
        fc.constantFrom(
          "?limit=0x10",
          "?limit=-1",
          "?order=asc%20",
          "?after=",
          "?stream=maybe",
          "?include[]=nope",
          "?limit=5&limit=6",
          "?x=%zz",
        ),
      ),
    )
    .map(([root, rest, query]) => `/v1/${[root, ...rest].join("/")}${query}`),
  body: fc.oneof(
    fc.constant(undefined),
    fc.constant("{"),
    wrongTypes,
    fc.constant({ items: [{ role: "user", content: "x" }] }),
  ),
});
