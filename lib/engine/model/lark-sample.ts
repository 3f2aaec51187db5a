import {
  LarkError,
  parseLark,
  referencedNames,
  type LarkExpr,
} from "./lark-parse";
import { escapeRegExp, sampleWholeRegex } from "./pattern-sample";

/** The terminals of Lark's `common` grammar that `%import common.X` brings in, written in Lark. */
const COMMON = String.raw`
DIGIT: "0".."9"
HEXDIGIT: "a".."f" | "A".."F" | DIGIT
INT: DIGIT+
SIGNED_INT: ["+" | "-"] INT
DECIMAL: INT "." INT? | "." INT
_EXP: ("e" | "E") SIGNED_INT
FLOAT: INT _EXP | DECIMAL _EXP?
SIGNED_FLOAT: ["+" | "-"] FLOAT
NUMBER: FLOAT | INT
SIGNED_NUMBER: ["+" | "-"] NUMBER
ESCAPED_STRING: "\"" /([^"\\]|\\.)*/ "\""
LCASE_LETTER: "a".."z"
UCASE_LETTER: "A".."Z"
LETTER: UCASE_LETTER | LCASE_LETTER
WORD: LETTER+
CNAME: ("_" | LETTER) ("_" | LETTER | DIGIT)*
WS_INLINE: (" " | /\t/)+
WS: /[ \t\f\r\n]/+
CR: /\r/
LF: /\n/
NEWLINE: (CR? LF)+
SH_COMMENT: /#[^\n]*/
CPP_COMMENT: /\/\/[^\n]*/
C_COMMENT: "/*" /[^*]*/ "*/"
SQL_COMMENT: /--[^\n]*/
`;

const commonDefinitions = parseLark(COMMON).definitions;

/** The longest input the engine writes for a grammar, so `"a" ~ 100000000` fails instead of filling memory. */
const MAX_INPUT = 100_000;

/** Terminals are UPPERCASE (a leading `_` hides them from the tree); rules are lowercase. */
function isTerminal(name: string): boolean {
  return /^_?[A-Z]/.test(name);
}

/** Generates the shortest string a grammar derives, by the fewest characters each definition can take. */
class ShortestDerivation {
  private readonly cost = new Map<string, number>();
  /** Each regex terminal's sample, made once: costs are computed pass after pass. */
  private readonly regexSamples = new Map<string, string | null>();

  constructor(
    private readonly lookup: (name: string) => LarkExpr,
    names: string[],
    private readonly separator: string,
  ) {
    // Costs only fall, so passes repeat until one changes nothing: the fixpoint.
    for (let changed = true; changed;) {
      changed = false;
      for (const name of names) {
        const cost = this.costOf(this.lookup(name));
        if (cost !== this.cost.get(name)) changed = true;
        this.cost.set(name, cost);
      }
    }
  }

  private regexSample(source: string): string {
    if (!this.regexSamples.has(source))
      this.regexSamples.set(source, sampleWholeRegex(source));
    const sample = this.regexSamples.get(source);
    if (sample === null || sample === undefined)
      throw new LarkError(`the regex /${source}/ could not be sampled`);
    return sample;
  }

  private costOf(expr: LarkExpr): number {
    switch (expr.kind) {
      case "literal":
        return expr.text.length;
      case "range":
        return 1;
      case "regex":
        return this.regexSample(expr.source).length;
      case "name":
        return this.cost.get(expr.name) ?? Infinity;
      case "seq":
        return expr.items.reduce((sum, item) => sum + this.costOf(item), 0);
      case "alt":
        return Math.min(...expr.options.map((option) => this.costOf(option)));
      case "repeat":
        return expr.min === 0 ? 0 : expr.min * this.costOf(expr.item);
    }
  }

  /** The tokens `expr` derives; inside a terminal everything is one token. */
  tokens(expr: LarkExpr, inTerminal: boolean): string[] {
    switch (expr.kind) {
      case "literal":
        return [expr.text];
      case "range":
        return [expr.from];
      case "regex":
        return [this.regexSample(expr.source)];
      case "name": {
        const terminal = inTerminal || isTerminal(expr.name);
        const parts = this.tokens(this.lookup(expr.name), terminal);
        return terminal && !inTerminal ? [parts.join("")] : parts;
      }
      case "seq":
        return expr.items.flatMap((item) => this.tokens(item, inTerminal));
      case "alt": {
        const costs = expr.options.map((option) => this.costOf(option));
        const cheapest = expr.options[costs.indexOf(Math.min(...costs))]!;
        return this.tokens(cheapest, inTerminal);
      }
      case "repeat":
        return Array.from({ length: expr.min }, () =>
          this.tokens(expr.item, inTerminal),
        ).flat();
    }
  }

  generate(start: string): string {
    const cost = this.cost.get(start) ?? Infinity;
    if (!Number.isFinite(cost))
      throw new LarkError(`'${start}' derives no finite string`);
    if (cost > MAX_INPUT)
      throw new LarkError(
        `its shortest input is ${cost} characters, over the ${MAX_INPUT} this engine writes`,
      );
    return this.tokens({ kind: "name", name: start }, isTerminal(start)).join(
      this.separator,
    );
  }
}

function escapeClass(char: string): string {
  return char.replace(/[\]\\^-]/g, "\\$&");
}

/** The expansion as a JavaScript regex source, to ask whether an `%ignore`d terminal matches a space. */
function toRegex(
  expr: LarkExpr,
  lookup: (name: string) => LarkExpr,
  depth = 0,
): string {
  if (depth > 20) return "(?!)";
  const inner = (each: LarkExpr) => toRegex(each, lookup, depth + 1);
  switch (expr.kind) {
    case "literal":
      return escapeRegExp(expr.text);
    case "range":
      return `[${escapeClass(expr.from)}-${escapeClass(expr.to)}]`;
    case "regex":
      return `(?:${expr.source})`;
    case "name":
      return `(?:${inner(lookup(expr.name))})`;
    case "seq":
      return expr.items.map(inner).join("");
    case "alt":
      return `(?:${expr.options.map(inner).join("|")})`;
    case "repeat":
      return `(?:${inner(expr.item)}){${expr.min},}`;
  }
}

/**
 * The shortest input a Lark grammar accepts from its `start` rule, with tokens apart by a space when the grammar
 * `%ignore`s one (so `SELECT name FROM t` is not lexed as one word). Throws a LarkError naming what it cannot read.
 */
export function sampleLark(definition: string): string {
  const grammar = parseLark(definition);
  const lookup = (name: string): LarkExpr => {
    const own = grammar.definitions.get(name);
    if (own !== undefined) return own;
    const common = commonDefinitions.get(grammar.imports.get(name) ?? name);
    if (common === undefined)
      throw new LarkError(`'${name}' is used but not defined`);
    return common;
  };
  // Every reference must resolve, so an undefined name is reported rather than quietly never chosen.
  [...grammar.definitions.values(), ...grammar.ignored]
    .flatMap(referencedNames)
    .forEach(lookup);
  // An import of a common terminal this engine does not know only matters if the grammar uses it (checked above).
  const imported = [...grammar.imports].filter(([, common]) =>
    commonDefinitions.has(common),
  );
  const names = [
    ...grammar.definitions.keys(),
    ...imported.map(([name]) => name),
    ...commonDefinitions.keys(),
  ];
  const ignoresSpace = grammar.ignored.some((expr) =>
    new RegExp(`^(?:${toRegex(expr, lookup)})$`, "u").test(" "),
  );
  const derivation = new ShortestDerivation(
    lookup,
    names,
    ignoresSpace ? " " : "",
  );
  return derivation.generate("start");
}
