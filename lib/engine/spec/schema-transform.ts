/**
 * Rewrites the OpenAPI component schemas into JSON Schema that ajv checks strictly and reports well:
 * `allOf` objects become one object, objects with declared properties reject unknown keys, and unions
 * become a `type` list plus one `if`/`then` per JSON type and per `type` tag, so ajv only ever
 * reports the errors of the branch the value chose.
 */

export type Schema = Record<string, unknown>;

const refPrefix = "#/components/schemas/";

const isSchema = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const unionOf = (schema: Schema): unknown[] | null =>
  Array.isArray(schema.anyOf)
    ? schema.anyOf
    : Array.isArray(schema.oneOf)
      ? schema.oneOf
      : null;

export class SchemaTransformer {
  constructor(private readonly components: Record<string, Schema>) {}

  /** Follows `$ref`s to the component they name. */
  resolve(schema: Schema): Schema {
    let current = schema;
    for (let hops = 0; typeof current.$ref === "string" && hops < 32; hops++) {
      const name = current.$ref.slice(refPrefix.length);
      current = this.components[name] ?? {};
    }
    return current;
  }

  /** The transformed schema; refs point at `#/$defs/<name>` of the same root. */
  transform(node: unknown): unknown {
    if (!isSchema(node)) return node;
    if (typeof node.$ref === "string")
      return { $ref: `#/$defs/${node.$ref.slice(refPrefix.length)}` };
    if (Array.isArray(node.allOf)) return this.transform(this.mergeAllOf(node));
    const branches = unionOf(node);
    if (branches) return this.union(this.flatten(branches));
    const out: Schema = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "discriminator" || key === "default") continue;
      if (key === "properties" && isSchema(value)) {
        out.properties = Object.fromEntries(
          Object.entries(value).map(([name, child]) => [
            name,
            this.transform(child),
          ]),
        );
      } else if (key === "items" || key === "additionalProperties") {
        out[key] = this.transform(value);
      } else out[key] = value;
    }
    if (out.properties && out.additionalProperties === undefined)
      out.additionalProperties = false;
    return out;
  }

  /** `allOf` of objects (or one object) as one object: properties of every member (later ones win), every `required`. */
  mergeAllOf(node: Schema): Schema {
    const properties: Schema = {};
    const required = new Set<string>();
    const visit = (member: Schema) => {
      const resolved = this.resolve(member);
      if (Array.isArray(resolved.allOf))
        for (const inner of resolved.allOf) if (isSchema(inner)) visit(inner);
      if (isSchema(resolved.properties))
        Object.assign(properties, resolved.properties);
      if (Array.isArray(resolved.required))
        for (const name of resolved.required)
          if (typeof name === "string") required.add(name);
    };
    visit({ ...node, allOf: undefined });
    for (const member of Array.isArray(node.allOf) ? node.allOf : [])
      if (isSchema(member)) visit(member);
    return { type: "object", properties, required: [...required] };
  }

  /** Nested unions (and refs to them) as one flat list of branches, without duplicates. */
  private flatten(branches: unknown[]): Schema[] {
    const out = new Map<string, Schema>();
    for (const branch of branches) {
      if (!isSchema(branch)) continue;
      const resolved = this.resolve(branch);
      const inner = resolved.properties ? null : unionOf(resolved);
      if (inner) for (const b of this.flatten(inner)) out.set(key(b), b);
      else out.set(key(branch), branch);
    }
    return [...out.values()];
  }

  /** The JSON type a branch accepts, or null when it accepts several or cannot tell. */
  private jsonType(branch: Schema): string | null {
    const resolved = this.resolve(branch);
    if (typeof resolved.type === "string") return resolved.type;
    if (resolved.properties || resolved.allOf) return "object";
    if (Array.isArray(resolved.enum) && resolved.enum.length > 0)
      return resolved.enum.every((v) => typeof v === "string")
        ? "string"
        : null;
    return null;
  }

  private union(branches: Schema[]): unknown {
    if (branches.length === 1) return this.transform(branches[0]);
    const groups = new Map<string, Schema[]>();
    for (const branch of branches) {
      const type = this.jsonType(branch);
      if (!type) return { anyOf: branches.map((b) => this.transform(b)) };
      groups.set(type, [...(groups.get(type) ?? []), branch]);
    }
    const byType = [...groups].map(
      ([type, members]) => [type, this.sameType(type, members)] as const,
    );
    if (byType.length === 1) return byType[0]?.[1];
    return {
      type: byType.map(([type]) => type),
      allOf: byType
        .filter(([type]) => type !== "null")
        .map(([type, schema]) => ({ if: { type }, then: schema })),
    };
  }

  /** Several branches of one JSON type as one schema. */
  private sameType(type: string, members: Schema[]): unknown {
    if (members.length === 1) return this.transform(members[0]);
    const resolved = members.map((m) => this.resolve(m));
    if (type === "object") return this.tagged(members);
    if (type === "array") {
      const items = resolved.flatMap((r) =>
        isSchema(r.items) ? [r.items] : [],
      );
      return { type: "array", items: this.union(this.flatten(items)) };
    }
    if (type === "string") {
      const open = resolved.find((r) => !Array.isArray(r.enum));
      if (open) return this.transform(open);
      return {
        type: "string",
        enum: [...new Set(resolved.flatMap((r) => r.enum as unknown[]))],
      };
    }
    return { anyOf: members.map((m) => this.transform(m)) };
  }

  /** The `type` values a branch declares, and whether it may leave `type` out. */
  private tags(branch: Schema): { tags: unknown[]; optional: boolean } | null {
    const resolved = this.resolve(
      this.resolve(branch).allOf
        ? this.mergeAllOf(this.resolve(branch))
        : branch,
    );
    const props = isSchema(resolved.properties) ? resolved.properties : null;
    const tagSchema =
      props && isSchema(props.type) ? this.resolve(props.type) : null;
    if (!tagSchema) return null;
    const required =
      Array.isArray(resolved.required) && resolved.required.includes("type");
    const options = unionOf(tagSchema) ?? [tagSchema];
    const tags: unknown[] = [];
    let nullable = false;
    for (const option of options) {
      if (!isSchema(option)) continue;
      if (option.type === "null") nullable = true;
      else if (Array.isArray(option.enum))
        tags.push(...(option.enum as unknown[]));
      else if (option.const !== undefined) tags.push(option.const);
      else return null;
    }
    return { tags, optional: !required || nullable };
  }

  /** Objects told apart by their `type` tag: each tag checks only its own branch. */
  private tagged(members: Schema[]): unknown {
    const byTag = new Map<string, Schema[]>();
    let fallback: string | null = null;
    for (const member of members) {
      const info = this.tags(member);
      if (!info) return { anyOf: members.map((m) => this.transform(m)) };
      for (const tag of info.tags) {
        if (typeof tag !== "string") continue;
        byTag.set(tag, [...(byTag.get(tag) ?? []), member]);
        // The API reads an untyped input item as a message, so `message` wins the default.
        if (info.optional && (fallback === null || tag === "message"))
          fallback = tag;
      }
    }
    const branchFor = (tag: string) => {
      const list = byTag.get(tag) ?? [];
      return list.length === 1
        ? this.transform(list[0])
        : this.transform(this.mergeObjects(list));
    };
    const rules: Schema[] = [...byTag.keys()].map((tag) => ({
      if: { properties: { type: { const: tag } }, required: ["type"] },
      then: branchFor(tag),
    }));
    if (fallback !== null)
      rules.push({
        if: {
          anyOf: [
            { not: { required: ["type"] } },
            { properties: { type: { type: "null" } } },
          ],
        },
        then: branchFor(fallback),
      });
    return {
      type: "object",
      ...(fallback === null ? { required: ["type"] } : {}),
      properties: {
        type: {
          enum: fallback === null ? [...byTag.keys()] : [...byTag.keys(), null],
        },
      },
      allOf: rules,
    };
  }

  /** Branches sharing one tag (the three message shapes) as one object accepting any of their keys. */
  private mergeObjects(members: Schema[]): Schema {
    const resolved = members.map((m) => {
      const r = this.resolve(m);
      return r.allOf ? this.mergeAllOf(r) : r;
    });
    const properties = new Map<string, Schema[]>();
    for (const r of resolved) {
      if (!isSchema(r.properties)) continue;
      for (const [name, schema] of Object.entries(r.properties))
        if (isSchema(schema))
          properties.set(name, [...(properties.get(name) ?? []), schema]);
    }
    const required = resolved
      .map((r) => (Array.isArray(r.required) ? (r.required as string[]) : []))
      .reduce((a, b) => a.filter((name) => b.includes(name)));
    return {
      type: "object",
      properties: Object.fromEntries(
        [...properties].map(([name, list]) => [
          name,
          list.length === 1 ? list[0] : { anyOf: list },
        ]),
      ),
      required,
    };
  }
}

function key(schema: Schema): string {
  return JSON.stringify(schema);
}
