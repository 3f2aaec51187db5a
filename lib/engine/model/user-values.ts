/** Starts a `name=value` or `name: value` pair; the name must begin a word. */
const PAIR_START = /(?<![\w.-])([A-Za-z_][\w.-]*)[ \t]*([=:])[ \t]*/g;

/** Tells whether a token begins another pair, so an unquoted value stops before it. */
const STARTS_PAIR = /^[A-Za-z_][\w.-]*[=:]/;

const CLOSERS: Record<string, string> = {
  '"': '"',
  "'": "'",
  "“": "”",
  "[": "]",
  "{": "}",
};

/** Reads a quoted or bracketed value; brackets are kept so JSON arrays and objects still parse. */
function readEnclosed(text: string, start: number): string | undefined {
  const open = text[start] ?? "";
  const close = CLOSERS[open];
  if (close === undefined) return undefined;
  const end = text.indexOf(close, start + 1);
  if (end === -1) return undefined;
  return open === "[" || open === "{"
    ? text.slice(start, end + 1)
    : text.slice(start + 1, end);
}

/**
 * Reads an unquoted value: after `=` one token (commas allowed, for lists), after `:` several
 * words up to a comma, semicolon, line end, sentence end or the next pair.
 */
function readBare(text: string, start: number, separator: string): string {
  const rest = text.slice(start);
  if (separator === "=")
    return (/^[^\s;]*/.exec(rest)?.[0] ?? "").replace(/[.,;:!?)]+$/, "");
  const line = /^[^\n,;]*/.exec(rest)?.[0] ?? "";
  const words: string[] = [];
  for (const token of line.split(/[ \t]+/).filter((entry) => entry !== "")) {
    if (STARTS_PAIR.test(token)) break;
    words.push(token);
    if (/[.!?]$/.test(token)) break;
  }
  return words.join(" ").replace(/[.,;:!?)]+$/, "");
}

/** Finds `name=value` and `name: value` pairs; names are matched case-insensitively, first one wins. */
export function parsePairs(text: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const match of text.matchAll(PAIR_START)) {
    const [whole, name = "", separator = "="] = match;
    const start = match.index + whole.length;
    const value = readEnclosed(text, start) ?? readBare(text, start, separator);
    const key = name.toLowerCase();
    if (value !== "" && !pairs.has(key)) pairs.set(key, value);
  }
  return pairs;
}

/** The first quoted phrase that is not the value of a pair, the clearest way to name a free argument. */
export function quotedPhrase(text: string): string | undefined {
  for (const match of text.matchAll(/"([^"\n]*)"|“([^”\n]*)”/g)) {
    const isPairValue = /[=:]\s*$/.test(text.slice(0, match.index));
    const phrase = (match[1] ?? match[2] ?? "").trim();
    if (!isPairValue && phrase !== "") return phrase;
  }
  return undefined;
}

/**
 * The last run of capitalised words ("Paris", "San Francisco") whose first does not start a sentence, leaving out
 * "I" and excluded words (e.g. a tool name).
 */
export function lastCapitalisedName(
  text: string,
  excluded: readonly string[],
): string | undefined {
  let run: string[] = [];
  let runEnd = -1;
  let found: string | undefined;
  for (const match of text.matchAll(
    /(?<![\p{L}\p{N}_/])\p{Lu}[\p{L}\p{M}'’-]*/gu,
  )) {
    const word = match[0].replace(/['’-]+$/, "");
    if (word === "I" || excluded.includes(word)) continue;
    if (match.index === runEnd + 1 && text[runEnd] === " ") run.push(word);
    else {
      const before = text.slice(0, match.index).trimEnd();
      if (before === "" || /[.!?:]$/.test(before)) continue;
      run = [word];
    }
    runEnd = match.index + word.length;
    found = run.join(" ");
  }
  return found;
}

/** Argument names that usually hold a place or a search phrase from the user's words. */
const FREE_TEXT_NAMES =
  /(^|_)(location|city|town|place|address|country|region|destination|query|q|search|term|keyword|topic)s?$/i;

export function isFreeTextName(name: string): boolean {
  return FREE_TEXT_NAMES.test(name);
}

/** Argument names that usually hold the user's request itself, as an agent used as a tool takes it. */
const REQUEST_NAMES =
  /(^|_)(input|text|prompt|message|question|request|task)$/i;

export function isRequestName(name: string): boolean {
  return REQUEST_NAMES.test(name);
}
