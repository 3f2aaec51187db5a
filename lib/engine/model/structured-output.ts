import type { ResponseFormatTextJSONSchemaConfig } from "openai/resources/responses/responses";
import { sampleFromSchema, type SampleHints } from "./schema-sample";
import { checkValue } from "./schema-validate";
import { parsePairs } from "./user-values";

/** The reply text, or why no text could satisfy the requested format. */
export type TextResult =
  { ok: true; text: string } | { ok: false; message: string };

/** Pairs fill properties by name; every other free string carries the user's text. */
function structuredHints(text: string): SampleHints {
  const pairs = parsePairs(text);
  return {
    pairValue: (name) => pairs.get(name.toLowerCase()),
    freeString: () => (text === "" ? undefined : text),
  };
}

/** Generates JSON for a `json_schema` format and validates it, as strict structured outputs promise. */
export function structuredText(
  format: ResponseFormatTextJSONSchemaConfig,
  text: string,
): TextResult {
  const value = sampleFromSchema(format.schema, structuredHints(text));
  const check = checkValue(format.schema, value);
  if (check.valid) return { ok: true, text: JSON.stringify(value) };
  return {
    ok: false,
    message: `The local model could not produce JSON matching schema '${format.name}': ${check.errors}`,
  };
}
