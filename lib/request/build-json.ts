/** Something in the draft that could not be sent as written; that part is left out of the body. */
export type DraftProblem = { field: string; message: string };

/** A built part of the body and the problems that kept pieces of it out. */
export type Built<T> = { value: T; problems: DraftProblem[] };

// The API's rule for function, custom tool and response-format names.
const NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

export function nameProblem(name: string): string | null {
  if (name === "") return "Name is required";
  return NAME_PATTERN.test(name) ? null : "Use 1-64 letters, digits, _ or -";
}

/** Parses the user's JSON text, or says why it cannot be parsed. */
export function parseJson(
  json: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    return {
      ok: false,
      message: `Invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

export function isPlainObject(
  value: unknown,
): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses the user's JSON text into an object, or says why it cannot be one. */
export function parseJsonObject(
  json: string,
):
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; message: string } {
  const parsed = parseJson(json);
  if (!parsed.ok) return parsed;
  if (!isPlainObject(parsed.value))
    return { ok: false, message: "Must be a JSON object" };
  return { ok: true, value: parsed.value };
}

/** An optional JSON object box: null when it is empty, else its object, or why it cannot be one. */
export function parseOptionalJsonObject(
  json: string,
):
  | { ok: true; value: Record<string, unknown> | null }
  | { ok: false; message: string } {
  return json.trim() === "" ? { ok: true, value: null } : parseJsonObject(json);
}
