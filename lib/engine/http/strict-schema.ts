import { invalidRequest, notFound } from "../errors";
import type { CreateRequest } from "./create-request-schema";

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The first rule of OpenAI's strict mode a JSON schema breaks, worded as the API words it; null when none.
 * For function tools the API adds a missing `additionalProperties: false` itself (PROTOCOL.md), so only an explicit other value breaks it.
 */
function strictSchemaProblem(
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

/** Rules of a create request the schema cannot state: strict schemas must be strict-valid, and prompts must exist. */
export function checkCreateRules(body: CreateRequest): void {
  (body.tools ?? []).forEach((tool, index) => {
    if (tool.type !== "function" || tool.strict !== true) return;
    const problem = strictSchemaProblem(tool.parameters ?? {}, {
      addsAdditionalProperties: true,
    });
    if (problem)
      throw invalidRequest(
        `Invalid schema for function '${String(tool.name)}': ${problem}`,
        `tools[${index}].parameters`,
        "invalid_function_parameters",
      );
  });
  const format = body.text?.format;
  if (format?.type === "json_schema" && format.strict === true) {
    const problem = strictSchemaProblem(format.schema);
    if (problem)
      throw invalidRequest(
        `Invalid schema for response_format '${format.name}': ${problem}`,
        "text.format.schema",
        "invalid_json_schema",
      );
  }
  // The local engine stores no prompts, so every prompt id is unknown to it.
  if (body.prompt)
    throw notFound(
      `Prompt with id '${String(body.prompt.id)}' not found.`,
      "prompt.id",
    );
}
