import { Ajv } from "ajv";
import type { ValidateFunction } from "ajv";
import type { RegExpEngine } from "ajv/dist/types";
import { isRecord } from "./input-items";
import { patternSearch } from "./pattern-sample";

/** The formats OpenAI structured outputs support, checked by hand because ajv-formats is not a dependency. */
const FORMATS: Record<string, RegExp> = {
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  time: /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(z|[+-]\d{2}:\d{2})?$/i,
  "date-time":
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])t([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(z|[+-]\d{2}:\d{2})$/i,
  duration:
    /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  hostname:
    /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
  ipv4: /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
  ipv6: /^(?=.*:)[0-9a-f:.]{2,45}$/i,
  uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
  "uri-reference": /^\S*$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

/** A schema's `pattern`, from a request, searched by RE2: see {@link patternSearch}. */
const linearPatterns: RegExpEngine = Object.assign(
  (pattern: string) => patternSearch(pattern),
  { code: "patternSearch" },
);

function createAjv(): Ajv {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    logger: false,
    code: { regExp: linearPatterns },
  });
  for (const [name, pattern] of Object.entries(FORMATS))
    ajv.addFormat(name, pattern);
  return ajv;
}

const ajv = createAjv();

/** Compiled validators by schema JSON, bounded so a long-running server does not grow without limit. */
const validators = new Map<string, ValidateFunction>();
const MAX_CACHED_VALIDATORS = 500;

/** Drops `$schema` and `$id`: the draft-2020 meta-schema is not loaded, and ids would clash in one ajv. */
function compilable(schema: unknown): unknown {
  if (!isRecord(schema)) return schema;
  const rest = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}

/** Compiles (or reuses) a validator; throws when the schema itself is invalid. */
export function compileSchema(schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema) ?? "undefined";
  const cached = validators.get(key);
  if (cached !== undefined) return cached;
  const prepared = compilable(schema);
  const validate = ajv.compile(
    typeof prepared === "boolean" || isRecord(prepared) ? prepared : {},
  );
  if (validators.size >= MAX_CACHED_VALIDATORS) {
    const oldest = validators.keys().next().value;
    if (oldest !== undefined) validators.delete(oldest);
  }
  validators.set(key, validate);
  return validate;
}

/** The result of checking a value: why it failed is kept for the error message the client sees. */
export type SchemaCheck = { valid: true } | { valid: false; errors: string };

/** Validates a value, reporting an uncompilable schema as a failure rather than throwing. */
export function checkValue(schema: unknown, value: unknown): SchemaCheck {
  let validate: ValidateFunction;
  try {
    validate = compileSchema(schema);
  } catch (error) {
    return {
      valid: false,
      errors: `invalid schema (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (validate(value)) return { valid: true };
  return {
    valid: false,
    errors: ajv.errorsText(validate.errors, { dataVar: "output" }),
  };
}

/** True, false, or undefined when the schema cannot be compiled (then the caller cannot choose by validity). */
export function isValid(schema: unknown, value: unknown): boolean | undefined {
  try {
    return compileSchema(schema)(value);
  } catch {
    return undefined;
  }
}
