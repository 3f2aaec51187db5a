/** The most words `/words N` produces, so one request cannot exhaust the server. */
export const MAX_WORDS = 50_000;

/** The documented commands a user can put in the last user text to steer a local model. */
export interface Directives {
  /** `/refuse`: answer with a refusal content part instead of text. */
  refuse: boolean;
  /** `/fail`: produce the items, then end the response as failed. */
  fail: boolean;
  /** `/error`: stream part of the message, then an `error` event. */
  error: boolean;
  /** `/http NNN` (400–599): answer the HTTP request itself with that status. */
  httpStatus: number | null;
  /** `/words N` (1–50000): the message is exactly N words of prose. */
  words: number | null;
  /** `/markdown`: the message is a rich markdown sample. */
  markdown: boolean;
  /** `/playback NAME`: the example names asked for, lowercased, in order; null without the directive. */
  playback: string[] | null;
}

/** A directive starts the text or follows whitespace, and ends at a non-word character. */
const flagPattern = (name: string): RegExp =>
  new RegExp(`(?:^|\\s)/${name}(?![\\w/-])`, "i");

/** Captures the number after a directive that takes one (`/words 20`, `/http 429`). */
const numberPattern = (name: string): RegExp =>
  new RegExp(`(?:^|\\s)/${name}\\s+(\\d{1,9})(?![\\w/-])`, "i");

// Built once: every request's last user text is read for directives, twice.
const patterns = {
  refuse: flagPattern("refuse"),
  fail: flagPattern("fail"),
  error: flagPattern("error"),
  markdown: flagPattern("markdown"),
  http: numberPattern("http"),
  words: numberPattern("words"),
};

function readNumber(text: string, pattern: RegExp): number | null {
  const digits = pattern.exec(text)?.[1];
  return digits === undefined ? null : Number(digits);
}

/** Every `/playback NAME` in the text; `/playback` with no name counts as the directive with no names. */
function readPlayback(text: string): string[] | null {
  const pattern = /(?:^|\s)\/playback(?![\w/-])(?:[ \t]+([a-z_]+))?/gi;
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return null;
  return matches.flatMap((match) =>
    match[1] === undefined ? [] : [match[1].toLowerCase()],
  );
}

/** Parses the directives of one user text; unknown `/words` are ignored, so prose stays prose. */
export function parseDirectives(text: string): Directives {
  // Every directive has a slash; most texts have none.
  if (!text.includes("/")) return noDirectives();
  const status = readNumber(text, patterns.http);
  const words = readNumber(text, patterns.words);
  return {
    refuse: patterns.refuse.test(text),
    fail: patterns.fail.test(text),
    error: patterns.error.test(text),
    httpStatus:
      status !== null && status >= 400 && status <= 599 ? status : null,
    words: words === null ? null : Math.min(Math.max(words, 1), MAX_WORDS),
    markdown: patterns.markdown.test(text),
    playback: readPlayback(text),
  };
}

function noDirectives(): Directives {
  return {
    refuse: false,
    fail: false,
    error: false,
    httpStatus: null,
    words: null,
    markdown: false,
    playback: null,
  };
}

/** Lists the directives that are on, in their canonical spelling, for descriptions and summaries. */
export function describeDirectives(directives: Directives): string[] {
  const on: string[] = [];
  if (directives.refuse) on.push("/refuse");
  if (directives.fail) on.push("/fail");
  if (directives.error) on.push("/error");
  if (directives.httpStatus !== null) on.push(`/http ${directives.httpStatus}`);
  if (directives.words !== null) on.push(`/words ${directives.words}`);
  if (directives.markdown) on.push("/markdown");
  for (const name of directives.playback ?? []) on.push(`/playback ${name}`);
  return on;
}
