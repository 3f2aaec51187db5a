import { RE2JS } from "re2js";
import { isTerminal, loadLark, type LoadedLark } from "./lark-grammar";
import type { LarkExpr } from "./lark-parse";
import { escapeRegExp } from "./pattern-sample";

/** The longest text matched against a grammar, the most the engine writes as one tool input. */
const MAX_TEXT = 100_000;
/** Past this much regex source a grammar is left to the sampler, so a huge one cannot stall a request. */
const MAX_SOURCE = 200_000;

/** Thrown for what one regex cannot say: a recursive rule, or a regex terminal with flags. */
class NotRegular extends Error {}

function escapeClass(char: string): string {
  return char.replace(/[\]\\^-]/g, "\\$&");
}

/** A literal matched in any case, as `"select"i` is. */
function caseless(text: string): string {
  return [...text]
    .map((char) =>
      char.toLowerCase() === char.toUpperCase()
        ? escapeRegExp(char)
        : `[${escapeClass(char.toLowerCase())}${escapeClass(char.toUpperCase())}]`,
    )
    .join("");
}

/**
 * Compiles a Lark grammar to one RE2 regex (Lark's regex terminals are Python's syntax, which RE2 reads but for
 * lookarounds and backreferences), with `%ignore`d terminals allowed before and after any token. RE2 matches in
 * time linear in the text whatever the grammar, so no grammar a request brings can stall the engine; unlike
 * Lark's lexer, a token may match less than the longest it could. Recursive rules are no regex.
 */
class LarkCompiler {
  private readonly stack = new Set<string>();
  /** The `%ignore`d terminals as one alternation, or null when the grammar ignores nothing. */
  private readonly ignored: string | null;

  constructor(private readonly lark: LoadedLark) {
    const ignored = lark.grammar.ignored.map((expr) =>
      this.compile(expr, true),
    );
    this.ignored = ignored.length > 0 ? ignored.join("|") : null;
  }

  /** Any run of ignored text. */
  private ignore(): string {
    return this.ignored === null ? "" : `(?:${this.ignored})*`;
  }

  private token(source: string): string {
    return `(?:${source})${this.ignore()}`;
  }

  compile(expr: LarkExpr, inTerminal: boolean): string {
    const token = (source: string) =>
      inTerminal ? source : this.token(source);
    switch (expr.kind) {
      case "literal":
        return token(
          expr.ignoreCase ? caseless(expr.text) : escapeRegExp(expr.text),
        );
      case "range":
        return token(`[${escapeClass(expr.from)}-${escapeClass(expr.to)}]`);
      case "regex":
        if (expr.flags !== "") throw new NotRegular();
        return token(`(?:${expr.source})`);
      case "name": {
        if (this.stack.has(expr.name)) throw new NotRegular();
        this.stack.add(expr.name);
        const terminal = inTerminal || isTerminal(expr.name);
        const inner = `(?:${this.compile(this.lark.lookup(expr.name), terminal)})`;
        this.stack.delete(expr.name);
        return terminal && !inTerminal ? this.token(inner) : inner;
      }
      case "seq":
        return expr.items
          .map((item) => this.compile(item, inTerminal))
          .join("");
      case "alt":
        return `(?:${expr.options.map((option) => this.compile(option, inTerminal)).join("|")})`;
      case "repeat":
        return `(?:${this.compile(expr.item, inTerminal)}){${expr.min},${expr.max ?? ""}}`;
    }
  }

  /** The whole text, ignored terminals first, then what `start` derives. */
  whole(): string {
    return `${this.ignore()}${this.compile({ kind: "name", name: "start" }, false)}`;
  }
}

/** The regex for a whole text, or null when it is too large or RE2 cannot read it (a lookaround, a repeat over 1,000). */
function wholeRegex(source: string): RE2JS | null {
  if (source.length > MAX_SOURCE) return null;
  try {
    return RE2JS.compile(source);
  } catch {
    return null;
  }
}

/** Whether a terminal matches the whole text, as a space matches an `%ignore`d WS. */
export function terminalMatches(
  lark: LoadedLark,
  expr: LarkExpr,
  text: string,
): boolean {
  try {
    const source = new LarkCompiler(lark).compile(expr, true);
    return wholeRegex(source)?.matches(text) ?? false;
  } catch {
    return false;
  }
}

/**
 * A test of whether a text is one a Lark grammar accepts, or null when the grammar cannot be read or is not
 * regular; the engine then writes a sample of the grammar instead of the user's words.
 */
export function larkMatcher(
  definition: string,
): ((text: string) => boolean) | null {
  try {
    const regex = wholeRegex(new LarkCompiler(loadLark(definition)).whole());
    return regex === null
      ? null
      : (text) => text.length <= MAX_TEXT && regex.matches(text);
  } catch {
    return null;
  }
}
