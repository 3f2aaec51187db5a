/**
 * Copies the part of the OpenAI OpenAPI description the engine validates against into the repo:
 * the paths of the Responses family and every schema they reach, without prose and examples.
 * Usage: tsx scripts/extract-openapi.ts [path/to/openai-openapi.json]
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const source = process.argv[2] ?? "/work/shared/protocol/openai-openapi.json";
const target = path.join(
  import.meta.dirname,
  "../lib/engine/spec/openapi-responses.json",
);
const roots = /^\/(responses|conversations|models|files|vector_stores)(\/|$)/;
const dropped = new Set([
  "description",
  "example",
  "examples",
  "x-oaiMeta",
  "x-oaiExpandable",
  "x-stainless-const",
  "x-oaiTypeLabel",
  "summary",
  "tags",
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Spec {
  info: { version: string };
  paths: Record<string, Json>;
  components: { schemas: Record<string, Json> };
}

const raw = fs.readFileSync(source);
const spec = JSON.parse(raw.toString("utf8")) as Spec;
const reached = new Set<string>();

function visit(value: Json): void {
  if (Array.isArray(value)) return value.forEach(visit);
  if (value === null || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    if (key === "$ref" && typeof child === "string") {
      const name = child.split("/").pop() ?? "";
      if (!reached.has(name)) {
        reached.add(name);
        visit(spec.components.schemas[name] ?? null);
      }
    } else visit(child);
  }
}

// `?beta=true` duplicates only differ in an SDK flag, so they are left out.
const paths = Object.fromEntries(
  Object.entries(spec.paths).filter(
    ([name]) => roots.test(name) && !name.includes("?"),
  ),
);
visit(paths);
const schemas = Object.fromEntries(
  [...reached].sort().map((name) => [name, spec.components.schemas[name]]),
);
const subset = {
  source: {
    file: "openai/openai-openapi openapi.json",
    version: spec.info.version,
    sha256: createHash("sha256").update(raw).digest("hex"),
  },
  paths,
  components: { schemas },
};
fs.writeFileSync(
  target,
  JSON.stringify(
    subset,
    (key, value: Json) =>
      dropped.has(key) && typeof value !== "object" ? undefined : value,
    1,
  ) + "\n",
);
console.error(`wrote ${Object.keys(schemas).length} schemas to ${target}`);
