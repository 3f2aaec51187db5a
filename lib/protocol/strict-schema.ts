type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The first rule of OpenAI's strict mode a JSON schema breaks, worded as the API words it; null when none.
 * For function tools the API adds a missing `additionalProperties: false` itself (PROTOCOL.md), so only an explicit other value breaks it.
 */
export function strictSchemaProblem(
  schema: unknown,
  { addsAdditionalProperties = false } = {},
): string | null {
  const stack: { node: unknown; context: string[] }[] = [
    { node: schema, context: [] },
  ];
  while (stack.length) {
    const next = stack.pop();
    if (!next || !isNode(next.node)) continue;
    const { node, context } = next;
    const where = `In context=(${context.map((c) => `'${c}'`).join(", ")})`;
    const properties = isNode(node.properties) ? node.properties : null;
    if (node.type === "object" || properties) {
      const additional =
        addsAdditionalProperties && node.additionalProperties === undefined
          ? false
          : node.additionalProperties;
      if (additional !== false)
        return `${where}, 'additionalProperties' is required to be supplied and to be false.`;
      const required = Array.isArray(node.required) ? node.required : null;
      const missing = Object.keys(properties ?? {}).find(
        (key) => !required?.includes(key),
      );
      if (missing !== undefined)
        return `${where}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing}'.`;
    }
    for (const [key, value] of Object.entries(properties ?? {}))
      stack.push({ node: value, context: [...context, "properties", key] });
    for (const key of ["$defs", "definitions"])
      if (isNode(node[key]))
        for (const [name, value] of Object.entries(node[key]))
          stack.push({ node: value, context: [...context, key, name] });
    if (isNode(node.items))
      stack.push({ node: node.items, context: [...context, "items"] });
    if (Array.isArray(node.anyOf))
      node.anyOf.forEach((value, index) =>
        stack.push({
          node: value,
          context: [...context, "anyOf", String(index)],
        }),
      );
  }
  return null;
}
