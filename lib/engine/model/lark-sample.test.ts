import { describe, expect, it } from "vitest";
import { LarkError } from "./lark-parse";
import { sampleLark } from "./lark-sample";
import { APPLY_PATCH } from "../testing/lark-grammars";

/** The MS SQL grammar of OpenAI's GPT-5 custom-tool guide, whitespace threaded through explicitly. */
const MSSQL = String.raw`
    // ---------- Punctuation & operators ----------
    SP: " "
    COMMA: ","
    GT: ">"
    SEMI: ";"

    start: "SELECT" SP "TOP" SP NUMBER SP select_list SP "FROM" SP table SP "WHERE" SP amount_filter SP "AND" SP date_filter SP "ORDER" SP "BY" SP sort_cols SEMI

    select_list: column (COMMA SP column)*
    column: IDENTIFIER
    table: IDENTIFIER
    amount_filter: "total_amount" SP GT SP NUMBER
    date_filter: "order_date" SP GT SP DATE
    sort_cols: "order_date" SP "DESC"

    IDENTIFIER: /[A-Za-z_][A-Za-z0-9_]*/
    NUMBER: /[0-9]+/
    DATE: /'[0-9]{4}-[0-9]{2}-[0-9]{2}'/
`;

describe("sampleLark", () => {
  it("derives the shortest patch of Codex's apply_patch grammar, naming a file 'a'", () => {
    expect(sampleLark(APPLY_PATCH)).toBe(
      "*** Begin Patch\n*** Add File: a\n+\n*** End Patch",
    );
  });

  it("derives the shortest query of the guide's SQL grammar", () => {
    expect(sampleLark(MSSQL)).toBe(
      "SELECT TOP 0 A FROM A WHERE total_amount > 0 AND order_date > '0000-00-00' ORDER BY order_date DESC;",
    );
  });

  it("takes the cheapest alternative, however the rules recurse", () => {
    const grammar = String.raw`
      ?start: expr
      ?expr: expr "+" term -> add
           | term
      ?term: "(" expr ")" | NUMBER
      %import common.NUMBER
    `;
    expect(sampleLark(grammar)).toBe("0");
  });

  it("puts a space between tokens when the grammar ignores whitespace", () => {
    const grammar = String.raw`
      start: "SELECT" name ("," name)* "FROM" name
      name: CNAME
      %import common (CNAME, WS)
      %ignore WS
    `;
    expect(sampleLark(grammar)).toBe("SELECT _ FROM _");
  });

  it("repeats, ranges and imports under another name", () => {
    const grammar = String.raw`
      start: CODE ~ 2 "-" [SUFFIX] LETTERS+
      CODE: "A".."Z" DIGIT
      LETTERS: "x".."z"
      SUFFIX: "!"
      %import common.DIGIT
      %import common.ESCAPED_STRING -> STR
    `;
    expect(sampleLark(grammar)).toBe("A0A0-x");
  });

  it("skips comments the grammar ignores, and an unknown common terminal it never uses", () => {
    const grammar = String.raw`
      start: "go" NAME
      NAME: /[a-z]+/
      %import common.WS
      %import common.SH_COMMENT
      %import common.UNICODE_LETTER
      %ignore WS
      %ignore SH_COMMENT
    `;
    expect(sampleLark(grammar)).toBe("go a");
  });

  it.each([
    ["start: missing", "'missing' is used but not defined"],
    ['start: "ab" ~ 60000', "its shortest input is 120000 characters"],
    ["start: start", "'start' derives no finite string"],
    ['start: "a"\n%declare X', "the directive %declare is not supported"],
    ["start: X\n%import mylib.X", "only %import common is supported"],
    ["start: %json { }", "on line 1 of the grammar is not supported"],
    ["start: /a(?=b)/", "the regex /a(?=b)/ could not be sampled"],
  ])("names what it cannot derive from %j", (grammar, message) => {
    expect(() => sampleLark(grammar)).toThrow(LarkError);
    expect(() => sampleLark(grammar)).toThrow(message);
  });
});
