import { isTerminal, loadLark } from "./lark-grammar";
import { terminalMatches } from "./lark-match";
import { LarkError, type LarkExpr } from "./lark-parse";
import { sampleWholeRegex } from "./pattern-sample";

/** The longest input the engine writes for a grammar, so `"a" ~ 100000000` fails instead of filling memory. */
const MAX_INPUT = 100_000;

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

/**
 * The shortest input a Lark grammar accepts from its `start` rule, with tokens apart by a space when the grammar
 * `%ignore`s one (so `SELECT name FROM t` is not lexed as one word). Throws a LarkError naming what it cannot read.
 */
export function sampleLark(definition: string): string {
  const lark = loadLark(definition);
  const ignoresSpace = lark.grammar.ignored.some((expr) =>
    terminalMatches(lark, expr, " "),
  );
  const derivation = new ShortestDerivation(
    lark.lookup,
    lark.names,
    ignoresSpace ? " " : "",
  );
  return derivation.generate("start");
}
