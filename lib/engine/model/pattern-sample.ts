import RandExp from "randexp";
import { RE2JS } from "re2js";

/**
 * A bound on the product of a pattern's `{n}` counts, which bounds its sample's length however they nest, so
 * `(a{10000}){10000}` is refused instead of filling memory.
 */
const MAX_REPETITIONS = 100_000;

/**
 * The pattern with each `.` outside a class narrowed to `[a-z]`, a subset of what it matches, so a wildcard
 * samples as `a` rather than the space that starts randexp's character range (a file named " " helps nobody).
 */
function wildcardsAsLetters(source: string): string {
  let out = "";
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!;
    if (char === "\\") {
      out += source.slice(index, index + 2);
      index += 1;
    } else {
      if (char === "[") inClass = true;
      else if (char === "]") inClass = false;
      out += char === "." && !inClass ? "[a-z]" : char;
    }
  }
  return out;
}

/** The first string randexp builds when every choice takes its first option and the fewest repetitions, or null when it cannot read the pattern. */
function firstString(source: string): string | null {
  const repetitions = [...source.matchAll(/\{(\d+)/g)].reduce(
    (product, [, count]) => product * Math.max(1, Number(count)),
    1,
  );
  if (repetitions > MAX_REPETITIONS) return null;
  try {
    const generator = new RandExp(wildcardsAsLetters(source));
    generator.randInt = (low) => low;
    return generator.gen();
  } catch {
    return null;
  }
}

/**
 * A JSON Schema `pattern` (found anywhere in the text, as a schema's are) read by RE2, which searches in time
 * linear in the text, so a request's `^(a+)+$` cannot stall the engine; throws for what RE2 cannot read (a
 * lookaround, a backreference), which makes the schema invalid. Its `toString` is the pattern, which ajv keys
 * its compiled patterns by.
 */
export function patternSearch(pattern: string): RE2JS {
  return RE2JS.compile(pattern);
}

function matches(pattern: string, text: string): boolean {
  try {
    return patternSearch(pattern).test(text);
  } catch {
    return false;
  }
}

/** A short string a JSON Schema `pattern` finds (searched anywhere, as the schema's validator does), or null when none could be built. */
export function samplePattern(pattern: string): string | null {
  const sample = firstString(pattern);
  return sample !== null && matches(pattern, sample) ? sample : null;
}

/** A grammar's regex in JavaScript's syntax, for randexp to sample: its Python-style named groups `(?P<name>…)` become `(?<name>…)`. */
function asJavaScriptRegex(definition: string): string {
  return definition.replace(/\(\?P</g, "(?<");
}

/** `text` as a regex source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * True when the whole of `text` matches a custom tool's regex grammar, as its input must. The API's regex
 * grammars are Rust regexes, whose syntax RE2 shares; RE2 matches in time linear in the text, so a pattern
 * such as `(a+)+$` cannot stall the engine, and one RE2 cannot read (a lookaround) matches nothing.
 */
export function matchesWholeRegex(definition: string, text: string): boolean {
  try {
    return RE2JS.compile(definition).matches(text);
  } catch {
    return false;
  }
}

/** A short input the whole of which matches a custom tool's regex grammar, or null when none could be built. */
export function sampleWholeRegex(definition: string): string | null {
  const sample = firstString(asJavaScriptRegex(definition));
  return sample !== null && matchesWholeRegex(definition, sample)
    ? sample
    : null;
}
