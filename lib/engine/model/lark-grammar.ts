import {
  LarkError,
  parseLark,
  referencedNames,
  type LarkExpr,
  type LarkGrammar,
} from "./lark-parse";

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

/** Terminals are UPPERCASE (a leading `_` hides them from the tree); rules are lowercase. */
export function isTerminal(name: string): boolean {
  return /^_?[A-Z]/.test(name);
}

/** A grammar with every name resolved, its own definitions first, then the common terminals it may use. */
export interface LoadedLark {
  grammar: LarkGrammar;
  lookup: (name: string) => LarkExpr;
  /** Every name a derivation may reach. */
  names: string[];
}

/** Parses a Lark grammar and resolves its names; throws a LarkError naming an undefined one. */
export function loadLark(definition: string): LoadedLark {
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
  return { grammar, lookup, names };
}
