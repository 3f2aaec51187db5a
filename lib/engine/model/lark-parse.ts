/** One expansion of a Lark grammar, reduced to what generating a string from it needs. */
export type LarkExpr =
  /** A string; `"select"i` matches it in any case. */
  | { kind: "literal"; text: string; ignoreCase: boolean }
  | { kind: "regex"; source: string; flags: string }
  /** A character range `"a".."z"`; only its first character is ever generated. */
  | { kind: "range"; from: string; to: string }
  | { kind: "name"; name: string }
  | { kind: "seq"; items: LarkExpr[] }
  | { kind: "alt"; options: LarkExpr[] }
  /** An item repeated `min` to `max` times (null: no bound): `?` and `[…]` 0–1, `*` 0+, `+` 1+, `~ n..m` n–m. */
  | { kind: "repeat"; item: LarkExpr; min: number; max: number | null };

export interface LarkGrammar {
  definitions: Map<string, LarkExpr>;
  /** Local names `%import common…` brings in, each with the common terminal it stands for. */
  imports: Map<string, string>;
  /** Terminals `%ignore` skips between tokens (whitespace, comments). */
  ignored: LarkExpr[];
}

type Token = { type: string; text: string; line: number };

/** Thrown for a grammar this reader does not understand; the message names the construct. */
export class LarkError extends Error {}

const TOKEN_PATTERNS: [string, RegExp][] = [
  ["newline", /\n/y],
  ["space", /[ \t\r]+/y],
  ["comment", /\/\/[^\n]*/y],
  ["string", /"(?:[^"\\\n]|\\.)*"i?/y],
  ["regex", /\/(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[imslux]*/y],
  ["directive", /%[a-z]+/y],
  ["arrow", /->/y],
  ["dots", /\.\./y],
  ["number", /\d+/y],
  ["name", /[?!]?[A-Za-z_][A-Za-z0-9_]*/y],
  ["punct", /[|()[\]?*+~:.,{}]/y],
];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  while (index < source.length) {
    const found = TOKEN_PATTERNS.find(([, pattern]) => {
      pattern.lastIndex = index;
      return pattern.test(source);
    });
    if (found === undefined)
      throw new LarkError(
        `unexpected '${source[index]}' on line ${line} of the grammar`,
      );
    const [type, pattern] = found;
    const text = source.slice(index, pattern.lastIndex);
    if (type !== "space" && type !== "comment")
      tokens.push({ type, text, line });
    if (type === "newline") line += 1;
    index = pattern.lastIndex;
  }
  return tokens;
}

/** Splits the tokens into logical lines: a definition or directive, with its `|` continuation lines. */
function statements(tokens: Token[]): Token[][] {
  const lines: Token[][] = [[]];
  for (const token of tokens) {
    if (token.type === "newline") lines.push([]);
    else lines[lines.length - 1]!.push(token);
  }
  const merged: Token[][] = [];
  for (const line of lines.filter((each) => each.length > 0)) {
    const continues = line[0]!.text === "|" && merged.length > 0;
    if (continues) merged[merged.length - 1]!.push(...line);
    else merged.push(line);
  }
  return merged;
}

function unquote(token: Token): string {
  const body = token.text.replace(/i$/, "");
  try {
    return JSON.parse(body) as string;
  } catch {
    return body.slice(1, -1);
  }
}

/** A recursive-descent reader of one definition's expansions. */
class ExpansionReader {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private fail(token: Token | undefined): never {
    throw new LarkError(
      token === undefined
        ? "a definition of the grammar ends too early"
        : `'${token.text}' on line ${token.line} of the grammar is not supported`,
    );
  }

  private expect(text: string): void {
    const token = this.tokens[this.index++];
    if (token?.text !== text) this.fail(token);
  }

  readAll(): LarkExpr {
    const expr = this.alternatives();
    if (this.index < this.tokens.length) this.fail(this.peek());
    return expr;
  }

  private alternatives(): LarkExpr {
    const options = [this.sequence()];
    while (this.peek()?.text === "|") {
      this.index += 1;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: "alt", options };
  }

  private sequence(): LarkExpr {
    const items: LarkExpr[] = [];
    for (let token = this.peek(); token !== undefined; token = this.peek()) {
      if (token.text === "|" || token.text === ")" || token.text === "]") break;
      if (token.type === "arrow") {
        this.index += 2; // An alias renames the tree node; it adds no text.
        continue;
      }
      items.push(this.repeated());
    }
    return items.length === 1 ? items[0]! : { kind: "seq", items };
  }

  private repeated(): LarkExpr {
    const item = this.atom();
    const token = this.peek();
    const bounds: Record<string, [number, number | null]> = {
      "?": [0, 1],
      "*": [0, null],
      "+": [1, null],
    };
    const fixed = token === undefined ? undefined : bounds[token.text];
    if (fixed !== undefined) {
      this.index += 1;
      return { kind: "repeat", item, min: fixed[0], max: fixed[1] };
    }
    if (token?.text !== "~") return item;
    this.index += 1;
    const min = this.count();
    if (this.peek()?.type !== "dots")
      return { kind: "repeat", item, min, max: min };
    this.index += 1;
    return { kind: "repeat", item, min, max: this.count() };
  }

  private count(): number {
    const token = this.tokens[this.index++];
    if (token?.type !== "number") this.fail(token);
    return Number(token.text);
  }

  private atom(): LarkExpr {
    const token = this.tokens[this.index++];
    if (token === undefined) this.fail(token);
    if (token.type === "string") {
      if (this.peek()?.type !== "dots")
        return {
          kind: "literal",
          text: unquote(token),
          ignoreCase: token.text.endsWith("i"),
        };
      const upper = this.tokens[this.index + 1];
      if (upper?.type !== "string") this.fail(upper);
      this.index += 2;
      return { kind: "range", from: unquote(token), to: unquote(upper) };
    }
    if (token.type === "regex") {
      const end = token.text.lastIndexOf("/");
      return {
        kind: "regex",
        source: token.text.slice(1, end),
        flags: token.text.slice(end + 1),
      };
    }
    if (token.type === "name") return { kind: "name", name: token.text };
    if (token.text === "(" || token.text === "[") {
      const inner = this.alternatives();
      this.expect(token.text === "(" ? ")" : "]");
      return token.text === "("
        ? inner
        : { kind: "repeat", item: inner, min: 0, max: 1 };
    }
    this.fail(token);
  }
}

/** Reads `%import common.X`, `%import common.X -> Y` and `%import common (X, Y)` into local names and the common names they take. */
function readImport(line: Token[], imports: Map<string, string>): void {
  const texts = line.slice(1).map((token) => token.text);
  if (texts[0] !== "common")
    throw new LarkError("only %import common is supported");
  const open = texts.indexOf("(");
  if (open >= 0) {
    for (const name of texts
      .slice(open + 1)
      .filter((text) => /^\w+$/.test(text)))
      imports.set(name, name);
    return;
  }
  const arrow = texts.indexOf("->");
  const imported = texts[arrow >= 0 ? arrow - 1 : texts.length - 1] ?? "";
  imports.set(arrow >= 0 ? (texts[arrow + 1] ?? imported) : imported, imported);
}

/** Parses a Lark grammar (the subset OpenAI's custom tools use) into definitions, imports and ignored terminals. */
export function parseLark(source: string): LarkGrammar {
  const definitions = new Map<string, LarkExpr>();
  const imports = new Map<string, string>();
  const ignored: LarkExpr[] = [];
  for (const line of statements(tokenize(source))) {
    const [head, ...rest] = line;
    if (head!.type === "directive") {
      if (head!.text === "%import") readImport(line, imports);
      else if (head!.text === "%ignore")
        ignored.push(new ExpansionReader(rest).readAll());
      else throw new LarkError(`the directive ${head!.text} is not supported`);
      continue;
    }
    const colon = line.findIndex((token) => token.text === ":");
    if (head!.type !== "name" || colon < 0 || colon > 3)
      throw new LarkError(
        `line ${head!.line} of the grammar is not a definition`,
      );
    const name = head!.text.replace(/^[?!]/, "");
    definitions.set(name, new ExpansionReader(line.slice(colon + 1)).readAll());
  }
  return { definitions, imports, ignored };
}

/** Every name an expansion refers to. */
export function referencedNames(expr: LarkExpr): string[] {
  switch (expr.kind) {
    case "name":
      return [expr.name];
    case "seq":
      return expr.items.flatMap(referencedNames);
    case "alt":
      return expr.options.flatMap(referencedNames);
    case "repeat":
      return referencedNames(expr.item);
    default:
      return [];
  }
}
