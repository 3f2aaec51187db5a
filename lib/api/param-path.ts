/** A path into a request body as the API names its params: `input[0].content`, `tools[2].parameters.type`. */
export function paramPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number"
        ? `[${part}]`
        : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}
