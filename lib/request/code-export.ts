import {
  formatRequestBody,
  orderBody,
  type RequestBody,
} from "./build-request";
import {
  isPythonIdentifier,
  toPythonLiteral,
  toPythonString,
} from "./python-literal";

export type ExportLanguage = "curl" | "python" | "typescript";

export type ExportTarget = {
  /** The API base, e.g. "http://localhost:3000/v1" or "https://api.openai.com/v1". */
  baseURL: string;
  /** Name of the environment variable holding the key; the key itself never appears in code. */
  apiKeyEnv: string;
  /** "api-key" is Azure OpenAI's header; everyone else takes a bearer token. */
  authHeader: "bearer" | "api-key";
};

const FALLBACK_ENV = "OPENAI_API_KEY";

/** The env var name as a safe identifier, so it cannot inject code into any of the three languages. */
export function safeEnvName(name: string): string {
  const cleaned = name.trim().replace(/[^A-Za-z0-9_]/g, "_");
  if (cleaned === "" || /^_*$/.test(cleaned)) return FALLBACK_ENV;
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}

function trimBase(baseURL: string): string {
  return baseURL.trim().replace(/\/+$/, "");
}

/** A POSIX single-quoted word: nothing inside is special except `'`, written as `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

function shellWord(text: string): string {
  return /^[A-Za-z0-9_\-.:/@%+=,~]+$/.test(text) ? text : shellQuote(text);
}

function exportCurl(body: RequestBody, target: ExportTarget): string {
  const env = safeEnvName(target.apiKeyEnv);
  const auth =
    target.authHeader === "bearer"
      ? `Authorization: Bearer $${env}`
      : `api-key: $${env}`;
  const lines = [
    `curl ${shellWord(`${trimBase(target.baseURL)}/responses`)}`,
    // -N turns off curl's output buffering so streamed events print as they arrive.
    ...(body.stream === true ? ["-N"] : []),
    `-H "Content-Type: application/json"`,
    `-H "${auth}"`,
    `-d ${shellQuote(formatRequestBody(body))}`,
  ];
  return lines.join(" \\\n  ") + "\n";
}

function pythonKwargs(body: RequestBody): string[] {
  const ordered = Object.entries(orderBody(body)).filter(
    ([, value]) => value !== undefined,
  );
  const named = ordered.filter(([key]) => isPythonIdentifier(key));
  const extra = ordered.filter(([key]) => !isPythonIdentifier(key));
  const kwargs = named.map(
    ([key, value]) => `${key}=${toPythonLiteral(value, 1)}`,
  );
  // Keys that cannot be keyword arguments still reach the server through the SDK's extra_body.
  if (extra.length > 0)
    kwargs.push(`extra_body=${toPythonLiteral(Object.fromEntries(extra), 1)}`);
  return kwargs;
}

function exportPython(body: RequestBody, target: ExportTarget): string {
  const env = `os.environ[${toPythonString(safeEnvName(target.apiKeyEnv))}]`;
  const client = [
    `    base_url=${toPythonString(trimBase(target.baseURL))},`,
    `    api_key=${env},`,
    ...(target.authHeader === "api-key"
      ? [`    default_headers={"api-key": ${env}},`]
      : []),
  ];
  const streaming = body.stream === true;
  const call = [
    `${streaming ? "stream" : "response"} = client.responses.create(`,
    ...pythonKwargs(body).map((kwarg) => `    ${kwarg},`),
    ")",
  ];
  const output = streaming
    ? [
        "for event in stream:",
        '    if event.type == "response.output_text.delta":',
        '        print(event.delta, end="", flush=True)',
        "print()",
      ]
    : [
        body.background === true
          ? "print(response.id, response.status)"
          : "print(response.output_text)",
      ];
  return [
    "import os",
    "",
    "from openai import OpenAI",
    "",
    "client = OpenAI(",
    ...client,
    ")",
    "",
    ...call,
    "",
    ...output,
    "",
  ].join("\n");
}

function exportTypeScript(body: RequestBody, target: ExportTarget): string {
  const env = `process.env.${safeEnvName(target.apiKeyEnv)}`;
  const streaming = body.stream === true;
  // JSON is a valid TypeScript object literal, and it keeps the snippet byte-identical to the preview.
  const literal = formatRequestBody(body);
  const output = streaming
    ? [
        "for await (const event of stream) {",
        '  if (event.type === "response.output_text.delta") process.stdout.write(event.delta);',
        "}",
        'process.stdout.write("\\n");',
      ]
    : [
        body.background === true
          ? "console.log(response.id, response.status);"
          : "console.log(response.output_text);",
      ];
  return [
    'import OpenAI from "openai";',
    "",
    "const client = new OpenAI({",
    `  baseURL: ${JSON.stringify(trimBase(target.baseURL))},`,
    `  apiKey: ${env},`,
    ...(target.authHeader === "api-key"
      ? [`  defaultHeaders: { "api-key": ${env} },`]
      : []),
    "});",
    "",
    `const ${streaming ? "stream" : "response"} = await client.responses.create(${literal});`,
    "",
    ...output,
    "",
  ].join("\n");
}

/** Code that sends exactly `body` to `target`; it names the key's env var, never the key. */
export function exportCode(
  body: RequestBody,
  target: ExportTarget,
  language: ExportLanguage,
): string {
  if (language === "curl") return exportCurl(body, target);
  if (language === "python") return exportPython(body, target);
  return exportTypeScript(body, target);
}
