import { samplePattern } from "./pattern-sample";
import { asArray, numberField, type SchemaNode } from "./schema-nodes";

/** Fixed, valid examples for the string formats structured outputs support. */
const FORMAT_SAMPLES: Record<string, string> = {
  date: "2025-01-01",
  time: "12:00:00Z",
  "date-time": "2025-01-01T12:00:00Z",
  duration: "P1D",
  email: "user@example.com",
  hostname: "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  uri: "https://example.com/",
  "uri-reference": "https://example.com/",
  uuid: "00000000-0000-4000-8000-000000000000",
};

/** The text used when nothing better is known; short so it fits most length limits. */
const PLACEHOLDER = "example";

/** Truncates or pads to the length limits, counting code points as JSON Schema does. */
function fitLength(text: string, node: SchemaNode): string {
  const max = numberField(node, "maxLength");
  const min = numberField(node, "minLength") ?? 0;
  let chars = Array.from(text);
  if (max !== undefined && chars.length > max) chars = chars.slice(0, max);
  if (chars.length < min)
    chars = chars.concat(Array.from("x".repeat(min - chars.length)));
  return chars.join("");
}

/** A string without enum, const, format or pattern takes free text from the user. */
function isUnconstrainedString(node: SchemaNode): boolean {
  return !(
    "enum" in node ||
    "const" in node ||
    "format" in node ||
    "pattern" in node
  );
}

/** The schema's own sample values (`default`, then `examples`), which its author chose as sensible. */
export function schemaExamples(node: SchemaNode): unknown[] {
  const examples = asArray(node.examples);
  return "default" in node ? [node.default, ...examples] : examples;
}

/** Makes the n-th value of an array distinct, so `uniqueItems` holds. */
function numbered(text: string, variant: number): string {
  return variant === 0 ? text : `${text} ${variant + 1}`;
}

/** String candidates in order of preference; the sampler keeps the first valid one. */
export function stringCandidates(
  node: SchemaNode,
  hint: string | undefined,
  variant: number,
): string[] {
  const candidates: string[] = [];
  if (hint !== undefined && isUnconstrainedString(node))
    candidates.push(fitLength(numbered(hint, variant), node));
  for (const example of schemaExamples(node))
    if (typeof example === "string") candidates.push(example);
  const format =
    typeof node.format === "string" ? FORMAT_SAMPLES[node.format] : undefined;
  if (format !== undefined) candidates.push(format);
  const pattern =
    typeof node.pattern === "string" ? samplePattern(node.pattern) : null;
  if (pattern !== null) candidates.push(pattern);
  candidates.push(fitLength(numbered(PLACEHOLDER, variant), node));
  return candidates;
}

/** Decimal places of a step, so multiples of 0.1 print as 0.3 and not 0.30000000000000004. */
function roundToStep(value: number, step: number): number {
  const decimals = (String(step).split(".")[1] ?? "").length;
  return Number(value.toFixed(Math.min(decimals, 20)));
}

interface Bounds {
  low: number | undefined;
  lowExclusive: boolean;
  high: number | undefined;
  highExclusive: boolean;
}

/** Reads both the draft-04 (boolean) and draft-06+ (number) forms of the exclusive bounds. */
function boundsOf(node: SchemaNode): Bounds {
  const exclusiveMin = numberField(node, "exclusiveMinimum");
  const exclusiveMax = numberField(node, "exclusiveMaximum");
  return {
    low: exclusiveMin ?? numberField(node, "minimum"),
    lowExclusive: exclusiveMin !== undefined || node.exclusiveMinimum === true,
    high: exclusiveMax ?? numberField(node, "maximum"),
    highExclusive: exclusiveMax !== undefined || node.exclusiveMaximum === true,
  };
}

function inBounds(value: number, bounds: Bounds): boolean {
  const { low, high } = bounds;
  if (low !== undefined && (bounds.lowExclusive ? value <= low : value < low))
    return false;
  return !(
    high !== undefined && (bounds.highExclusive ? value >= high : value > high)
  );
}

/** The grid index closest to zero that satisfies the lower bound (or the upper one, from above). */
function boundIndex(
  bound: number,
  exclusive: boolean,
  step: number,
  fromBelow: boolean,
): number {
  const index = fromBelow ? Math.ceil(bound / step) : Math.floor(bound / step);
  const value = roundToStep(index * step, step);
  if (!exclusive || value !== bound) return index;
  return fromBelow ? index + 1 : index - 1;
}

/** A number in range and on the `multipleOf` grid: the variant-th step from zero, moved into range. */
export function sampleNumber(
  node: SchemaNode,
  integer: boolean,
  variant: number,
): number {
  const multipleOf = numberField(node, "multipleOf");
  const step = multipleOf !== undefined && multipleOf > 0 ? multipleOf : 1;
  const { low, high, lowExclusive, highExclusive } = boundsOf(node);
  const bounds = boundsOf(node);
  let value = roundToStep(variant * step, step);
  if (low !== undefined && !inBounds(value, { ...bounds, high: undefined })) {
    value = roundToStep(
      (boundIndex(low, lowExclusive, step, true) + variant) * step,
      step,
    );
  }
  if (high !== undefined && !inBounds(value, { ...bounds, low: undefined })) {
    value = roundToStep(
      (boundIndex(high, highExclusive, step, false) - variant) * step,
      step,
    );
  }
  if (
    !inBounds(value, bounds) &&
    multipleOf === undefined &&
    low !== undefined &&
    high !== undefined
  ) {
    value = (low + high) / 2;
  }
  return integer && !Number.isInteger(value) ? Math.ceil(value) : value;
}

/** Reads a user-typed boolean in the spellings people use. */
export function parseBoolean(raw: string): boolean | undefined {
  const lower = raw.trim().toLowerCase();
  if (["true", "yes", "y", "on", "1"].includes(lower)) return true;
  if (["false", "no", "n", "off", "0"].includes(lower)) return false;
  return undefined;
}
