const INDENT = "    ";

// Python's keywords cannot be keyword-argument names.
const PYTHON_KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  ),
);

/** Whether `name` can be written as `name=value` in a Python call. */
export function isPythonIdentifier(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !PYTHON_KEYWORDS.has(name);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

function escapeCodePoint(char: string): string {
  const simple = SIMPLE_ESCAPES[char];
  if (simple !== undefined) return simple;
  const code = char.codePointAt(0) ?? 0;
  // Control characters, line separators and lone surrogates would break or corrupt a UTF-8 source file.
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
    return `\\x${code.toString(16).padStart(2, "0")}`;
  if (
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0xd800 && code <= 0xdfff)
  ) {
    return `\\u${code.toString(16).padStart(4, "0")}`;
  }
  return char;
}

/** A double-quoted Python string literal; printable Unicode is kept as is (Python 3 sources are UTF-8). */
export function toPythonString(text: string): string {
  let out = '"';
  // for...of walks code points, so pairs stay together and only lone surrogates are escaped.
  for (const char of text) out += escapeCodePoint(char);
  return `${out}"`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function renderBlock(
  open: string,
  close: string,
  entries: string[],
  level: number,
): string {
  if (entries.length === 0) return open + close;
  const inner = INDENT.repeat(level + 1);
  return `${open}\n${entries.map((entry) => inner + entry).join(",\n")}\n${INDENT.repeat(level)}${close}`;
}

/**
 * The Python literal for a JSON value (True/False/None, dicts, lists, strings), indented four spaces per
 * level starting at `level`. Values JSON cannot hold follow `JSON.stringify`: skipped in objects, None elsewhere.
 */
export function toPythonLiteral(value: unknown, level = 0): string {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "string") return toPythonString(value);
  if (typeof value === "number")
    return Number.isFinite(value) ? JSON.stringify(value) : "None";
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    return renderBlock(
      "[",
      "]",
      items.map((item) => toPythonLiteral(item, level + 1)),
      level,
    );
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .filter(
        ([, item]) =>
          item !== undefined &&
          typeof item !== "function" &&
          typeof item !== "symbol",
      )
      .map(
        ([key, item]) =>
          `${toPythonString(key)}: ${toPythonLiteral(item, level + 1)}`,
      );
    return renderBlock("{", "}", entries, level);
  }
  return "None";
}
