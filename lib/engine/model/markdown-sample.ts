/** A fenced code block; built by a helper so the sample's own source stays free of nested fences. */
function fence(language: string, lines: string[]): string {
  return ["```" + language, ...lines, "```"].join("\n");
}

const TYPESCRIPT = fence("typescript", [
  'import OpenAI from "openai";',
  "",
  'const client = new OpenAI({ baseURL: "http://localhost:3000/v1" });',
  "const response = await client.responses.create({",
  '  model: "local-echo",',
  '  input: "Hello!",',
  "});",
  "console.log(response.output_text);",
]);

const PYTHON = fence("python", [
  "from openai import OpenAI",
  "",
  'client = OpenAI(base_url="http://localhost:3000/v1", api_key="local")',
  'response = client.responses.create(model="local-echo", input="Hello!")',
  "print(response.output_text)",
]);

const JSON_SAMPLE = fence("json", [
  "{",
  '  "type": "response.output_text.delta",',
  '  "item_id": "msg_123",',
  '  "output_index": 0,',
  '  "content_index": 0,',
  '  "delta": "Hello",',
  '  "sequence_number": 4',
  "}",
]);

const TABLE = [
  "| Event | When | Carries |",
  "| --- | --- | --- |",
  "| `response.created` | first | the whole response |",
  "| `response.output_text.delta` | per token | a text fragment |",
  "| `response.completed` | last | output and usage |",
].join("\n");

/**
 * A fixed markdown document exercising every common construct, so a renderer can be checked at a glance.
 */
export const MARKDOWN_SAMPLE = [
  "# Markdown sample",
  "",
  "This is a **deterministic** sample from a *local* model, produced by the `/markdown` directive. " +
    "It has ***bold italic***, `inline code`, ~~strikethrough~~ and a [link to the Responses API docs](https://platform.openai.com/docs/api-reference/responses).",
  "",
  "## Lists",
  "",
  "- Streaming events arrive in order",
  "- Each event has a `sequence_number`",
  "  - nested bullets work too",
  "",
  "1. Send the request",
  "2. Read the events",
  "3. Render the output tree",
  "",
  "## A table",
  "",
  TABLE,
  "",
  "> A blockquote: the raw event log is the source of truth;",
  "> the tree is derived from it.",
  "",
  "## Code",
  "",
  "### TypeScript",
  "",
  TYPESCRIPT,
  "",
  "### Python",
  "",
  PYTHON,
  "",
  "### JSON",
  "",
  JSON_SAMPLE,
  "",
  "---",
  "",
  "That is the end of the sample.",
].join("\n");
