import { describe, expect, it } from "vitest";
import {
  isPythonIdentifier,
  toPythonLiteral,
  toPythonString,
} from "./python-literal";
import { LITERAL_TO_JSON, runPython } from "./testing/run-python";

function roundTrip(value: unknown): unknown {
  return JSON.parse(runPython(LITERAL_TO_JSON, toPythonLiteral(value)));
}

describe("toPythonLiteral", () => {
  it("maps JSON scalars to Python", () => {
    expect(toPythonLiteral(null)).toBe("None");
    expect(toPythonLiteral(true)).toBe("True");
    expect(toPythonLiteral(false)).toBe("False");
    expect(toPythonLiteral(0.7)).toBe("0.7");
    expect(toPythonLiteral(-3)).toBe("-3");
    expect(toPythonLiteral(Number.NaN)).toBe("None");
    expect(toPythonLiteral([])).toBe("[]");
    expect(toPythonLiteral({})).toBe("{}");
  });

  it("indents nested blocks four spaces per level", () => {
    expect(toPythonLiteral({ a: [1, { b: null }] })).toBe(
      '{\n    "a": [\n        1,\n        {\n            "b": None\n        }\n    ]\n}',
    );
  });

  it("escapes quotes, backslashes and control characters", () => {
    expect(toPythonString(`a"b\\c\nd\te\r\u0000\u007f`)).toBe(
      '"a\\"b\\\\c\\nd\\te\\r\\x00\\x7f"',
    );
  });

  it("keeps printable unicode and escapes lone surrogates and line separators", () => {
    expect(toPythonString("héllo 🎉 日本")).toBe('"héllo 🎉 日本"');
    expect(toPythonString("\ud800 \u2028")).toBe('"\\ud800 \\u2028"');
  });

  it("skips undefined object values like JSON does", () => {
    expect(toPythonLiteral({ a: undefined, b: 1 })).toBe('{\n    "b": 1\n}');
  });

  it("round-trips nasty values through Python's own parser", () => {
    const value = {
      quotes: `it's "quoted" \\ back\\slash '''triple''' """`,
      lines: "one\ntwo\r\nthree\ttab\u0000nul\u0085nel\u2028ls\u2029ps",
      unicode: "héllo 🎉 日本語 \u{1F600} \ufeffbom",
      lone: "\udc00x",
      numbers: [0, -1.5, 1e21, 1e-7, 123456789012345],
      flags: [true, false, null],
      nested: { "key with spaces": { "": [] }, 'a"b': "c" },
    };
    expect(roundTrip(value)).toEqual(value);
  });
});

describe("isPythonIdentifier", () => {
  it("accepts keyword-argument names and rejects keywords and other text", () => {
    expect(isPythonIdentifier("max_output_tokens")).toBe(true);
    expect(isPythonIdentifier("from")).toBe(false);
    expect(isPythonIdentifier("a-b")).toBe(false);
    expect(isPythonIdentifier("1a")).toBe(false);
  });
});
