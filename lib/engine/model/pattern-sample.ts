/** What a shorthand escape stands for in a generated string. */
const ESCAPES: Record<string, string> = {
  d: "0",
  w: "a",
  s: " ",
  D: "a",
  W: "-",
  S: "a",
};

/** Characters that make a pattern too complex for this generator (groups, alternation, assertions). */
const UNSUPPORTED = new Set(["(", ")", "|"]);

interface Atom {
  text: string;
  next: number;
}

/** Reads one character class and picks its first member, which always belongs to the class. */
function readClass(pattern: string, start: number): Atom | null {
  const end = pattern.indexOf("]", start + 1);
  if (end === -1 || pattern[start + 1] === "^") return null;
  const first = pattern[start + 1];
  if (first === undefined || first === "]") return null;
  if (first !== "\\") return { text: first, next: end + 1 };
  const escaped = pattern[start + 2] ?? "";
  return { text: ESCAPES[escaped] ?? escaped, next: end + 1 };
}

function readAtom(pattern: string, index: number): Atom | null {
  const char = pattern[index] ?? "";
  if (UNSUPPORTED.has(char)) return null;
  if (char === "[") return readClass(pattern, index);
  if (char === ".") return { text: "a", next: index + 1 };
  if (char !== "\\") return { text: char, next: index + 1 };
  const escaped = pattern[index + 1];
  if (escaped === undefined || /[bBuxpPck0-9]/.test(escaped)) return null;
  return { text: ESCAPES[escaped] ?? escaped, next: index + 2 };
}

/** Reads a quantifier after an atom and returns the fewest repetitions it allows. */
function readQuantifier(
  pattern: string,
  index: number,
): { count: number; next: number } {
  const char = pattern[index];
  let result = { count: 1, next: index };
  if (char === "?" || char === "*") result = { count: 0, next: index + 1 };
  else if (char === "+") result = { count: 1, next: index + 1 };
  else if (char === "{") {
    const match = /^\{(\d+)(,\d*)?\}/.exec(pattern.slice(index));
    if (match !== null)
      result = { count: Number(match[1]), next: index + match[0].length };
  }
  if (result.next !== index && pattern[result.next] === "?") result.next += 1;
  return result;
}

/**
 * A short string matching a simple regular expression (literals, classes, escapes, quantifiers),
 * or null when the pattern is beyond this generator or the result does not match.
 */
export function samplePattern(pattern: string): string | null {
  const body = pattern.replace(/^\^/, "").replace(/(?<!\\)\$$/, "");
  let out = "";
  let index = 0;
  while (index < body.length) {
    const atom = readAtom(body, index);
    if (atom === null) return null;
    const quantifier = readQuantifier(body, atom.next);
    out += atom.text.repeat(quantifier.count);
    index = quantifier.next;
  }
  try {
    return new RegExp(pattern, "u").test(out) ? out : null;
  } catch {
    return null;
  }
}
