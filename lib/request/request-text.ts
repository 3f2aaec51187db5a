/** A pasted request read as its JSON body, or why it could not be. */
export type PastedRequest =
  { ok: true; body: Record<string, unknown> } | { ok: false; message: string };

/** The flags curl takes a request body after. */
const DATA_FLAGS = new Set([
  "-d",
  "--data",
  "--data-raw",
  "--data-binary",
  "--json",
]);

/** Splits a shell command into words as a POSIX shell would: quotes, backslash escapes and line continuations. */
function shellWords(command: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let index = 0; index < command.length; index += 1) {
    const char = command[index]!;
    if (char === "'") {
      const end = command.indexOf("'", index + 1);
      if (end === -1) throw new Error("a quote is not closed");
      word = (word ?? "") + command.slice(index + 1, end);
      index = end;
    } else if (char === '"') {
      let end = index + 1;
      let text = "";
      for (; end < command.length && command[end] !== '"'; end += 1) {
        const next = command[end + 1] ?? "";
        if (command[end] === "\\" && '"\\$`\n'.includes(next)) {
          if (next !== "\n") text += next;
          end += 1;
        } else text += command[end];
      }
      if (end >= command.length) throw new Error("a quote is not closed");
      word = (word ?? "") + text;
      index = end;
    } else if (char === "\\") {
      const next = command[index + 1] ?? "";
      if (next !== "\n") word = (word ?? "") + next;
      index += 1;
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
    } else word = (word ?? "") + char;
  }
  if (word !== null) words.push(word);
  return words;
}

/** The body a curl command sends: the word after its data flag, or after `--data=`. */
function curlBody(command: string): string {
  const words = shellWords(command);
  for (const [index, word] of words.entries()) {
    if (DATA_FLAGS.has(word) && index + 1 < words.length)
      return words[index + 1]!;
    const joined = /^(--data(?:-raw|-binary)?|--json)=(.*)$/s.exec(word);
    if (joined) return joined[2]!;
  }
  throw new Error("it sends no body (no -d, --data or --json)");
}

/**
 * Reads a pasted Responses API request: a JSON body, or a curl command that sends one (as the Request tab's curl
 * export and the API reference write them).
 */
export function readPastedRequest(text: string): PastedRequest {
  const trimmed = text.trim();
  if (trimmed === "")
    return { ok: false, message: "Paste a request body or a curl command." };
  let json = trimmed;
  if (/^curl\s/.test(trimmed)) {
    try {
      json = curlBody(trimmed);
    } catch (error) {
      return {
        ok: false,
        message: `The curl command could not be read: ${(error as Error).message}.`,
      };
    }
    if (json.startsWith("@"))
      return {
        ok: false,
        message: `The curl command reads its body from a file (${json}); paste the body itself.`,
      };
  }
  let body: unknown;
  try {
    body = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      message: `The request body is not JSON: ${(error as Error).message}`,
    };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { ok: false, message: "The request body must be a JSON object." };
  return { ok: true, body: body as Record<string, unknown> };
}
