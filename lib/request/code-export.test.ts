import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildRequest, type RequestBody } from "./build-request";
import {
  exportCode,
  safeEnvName,
  shellQuote,
  type ExportTarget,
} from "./code-export";
import { defaultDraft, type Draft } from "./draft";
import { CREATE_KWARGS_TO_JSON, runPython } from "./testing/run-python";
import { typecheckModules } from "./testing/typecheck";

const local: ExportTarget = {
  baseURL: "http://localhost:3000/v1/",
  apiKeyEnv: "OPENAI_API_KEY",
  authHeader: "bearer",
};
const azure: ExportTarget = {
  baseURL: "https://res.openai.azure.com/openai/v1",
  apiKeyEnv: "AZURE_OPENAI_API_KEY",
  authHeader: "api-key",
};

function body(patch: Partial<Draft>): RequestBody {
  const messages = [
    { id: "a", role: "developer" as const, text: "Answer in JSON." },
    {
      id: "b",
      role: "user" as const,
      text: `It's "quoted" \\ $HOME \`tick\` héllo 🎉\nline2`,
    },
  ];
  return buildRequest({ ...defaultDraft(), messages, ...patch }).body;
}

const rich = body({
  instructions: "Don't 'panic'",
  temperature: 0.7,
  max_output_tokens: 512,
  store: false,
  reasoning: { effort: "low", summary: "auto" },
  textFormat: {
    type: "json_schema",
    name: "answer",
    schemaJson:
      '{"type":"object","properties":{"a":{"type":"string"}},"required":["a"],"additionalProperties":false}',
    strict: true,
  },
  tools: [
    {
      id: "t",
      type: "function",
      name: "get_weather",
      description: "Weather",
      parametersJson:
        '{"type":"object","properties":{"city":{"type":"string"}}}',
      strict: false,
    },
  ],
  toolChoice: { type: "function", name: "get_weather" },
  parallelToolCalls: false,
  metadata: [{ key: "who's", value: "me" }],
});
const bodies = {
  streaming: rich,
  plain: { ...rich, stream: undefined },
  background: body({ stream: false, background: true }),
};

/** A tiny POSIX word reader: single quotes, backslash escapes outside quotes, and concatenation. */
function unquoteShellWord(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === "'") {
      const end = text.indexOf("'", i + 1);
      if (end === -1) throw new Error("unterminated quote");
      out += text.slice(i + 1, end);
      i = end;
    } else if (char === "\\") {
      i += 1;
      out += text[i] ?? "";
    } else if (char !== undefined && /\s/.test(char)) {
      throw new Error("unquoted whitespace");
    } else {
      out += char ?? "";
    }
  }
  return out;
}

/** Runs the snippet in a real POSIX shell with `curl` replaced by a function that prints its arguments. */
function curlArgs(script: string): string[] {
  const output = execFileSync(
    "sh",
    ["-c", `curl() { printf '%s\\0' "$@"; }\n${script}`],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        OPENAI_API_KEY: "key-from-env",
        AZURE_OPENAI_API_KEY: "azure-key",
      },
    },
  );
  return output.split("\0").slice(0, -1);
}

describe("exportCode curl", () => {
  it("quotes the body so a POSIX reader gets it back exactly", () => {
    const code = exportCode(rich, local, "curl");
    const payload = /-d ('[\s\S]*)\n$/.exec(code)?.[1];
    expect(JSON.parse(unquoteShellWord(payload ?? ""))).toEqual(rich);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it("runs in a real shell with the key taken from the environment", () => {
    expect(curlArgs(exportCode(rich, local, "curl"))).toEqual([
      "http://localhost:3000/v1/responses",
      "-N",
      "-H",
      "Content-Type: application/json",
      "-H",
      "Authorization: Bearer key-from-env",
      "-d",
      JSON.stringify(rich, null, 2),
    ]);
  });

  it("uses the api-key header, no -N without streaming, and quotes an unusual URL", () => {
    const args = curlArgs(
      exportCode(
        bodies.plain,
        { ...azure, baseURL: "http://h/v1?x=1&y=$(id)" },
        "curl",
      ),
    );
    expect(args.slice(0, 5)).toEqual([
      "http://h/v1?x=1&y=$(id)/responses",
      "-H",
      "Content-Type: application/json",
      "-H",
      "api-key: azure-key",
    ]);
  });
});

describe("exportCode python", () => {
  it.each(Object.entries(bodies))(
    "parses as Python and passes the %s body as keyword arguments",
    (_, value) => {
      const code = exportCode(value, azure, "python");
      expect(JSON.parse(runPython(CREATE_KWARGS_TO_JSON, code))).toEqual(
        JSON.parse(JSON.stringify(value)),
      );
    },
  );

  it("streams text deltas when streaming and prints the text otherwise", () => {
    expect(exportCode(bodies.streaming, local, "python")).toContain(
      "for event in stream:",
    );
    expect(exportCode(bodies.plain, local, "python")).toContain(
      "print(response.output_text)",
    );
    expect(exportCode(bodies.background, local, "python")).toContain(
      "print(response.id, response.status)",
    );
  });
});

describe("exportCode typescript", () => {
  it("type-checks against the openai SDK, and a body that does not fit fails the check", () => {
    const misfit = { ...rich, temperature: "hot" } as unknown as RequestBody;
    const [streaming, plain, background, broken] = typecheckModules([
      exportCode(bodies.streaming, local, "typescript"),
      exportCode(bodies.plain, azure, "typescript"),
      exportCode(bodies.background, local, "typescript"),
      exportCode(misfit, local, "typescript"),
    ]);
    expect({ streaming, plain, background }).toEqual({
      streaming: [],
      plain: [],
      background: [],
    });
    expect(broken?.join("\n")).toMatch(
      /'string' is not assignable to type 'number'/,
    );
  }, 60_000);
});

describe("exportCode keys", () => {
  it("names the env var and never a key value", () => {
    for (const language of ["curl", "python", "typescript"] as const) {
      const code = exportCode(rich, azure, language);
      expect(code).toContain("AZURE_OPENAI_API_KEY");
      expect(code).not.toMatch(/sk-|azure-key/);
    }
  });

  it("turns a hostile env var name into a harmless identifier", () => {
    expect(safeEnvName("X; rm -rf /")).toBe("X__rm__rf__");
    expect(safeEnvName("1KEY")).toBe("_1KEY");
    expect(safeEnvName("")).toBe("OPENAI_API_KEY");
    expect(
      exportCode(rich, { ...local, apiKeyEnv: '"]); import os' }, "python"),
    ).toContain('os.environ["_____import_os"]');
  });
});
