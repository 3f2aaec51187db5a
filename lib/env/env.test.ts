import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/api-error";
import { parseAccessEnv, parseEngineEnv, parseEnv } from "./env";

const SECRET = "sk-do-not-echo";

function envError(source: Record<string, string>): ApiError {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the env to be rejected");
}

describe("parseEnv", () => {
  it("applies the defaults to an empty env, blank values counting as unset", () => {
    expect(parseEnv({ OPENAI_BASE_URL: " ", LOCAL_ENGINE: "" })).toEqual({
      OPENAI_API_KEY: undefined,
      OPENAI_BASE_URL: "https://api.openai.com/v1",
      OPENAI_ORG_ID: undefined,
      OPENAI_PROJECT_ID: undefined,
      PLAYGROUND_UPSTREAMS: [],
      LOCAL_ENGINE: true,
      PLAYGROUND_UPSTREAM_TIMEOUT_MS: 60_000,
      LOCAL_ENGINE_DB: ".data/engine.sqlite",
      LOCAL_ENGINE_TOKENS_PER_SECOND: 60,
      ENGINE_PORT: 4000,
      ENGINE_HOST: "127.0.0.1",
      PLAYGROUND_ACCESS_TOKEN: undefined,
    });
  });

  it("reads the access token apart from the rest, and refuses a weak one without repeating it", () => {
    const token = "a-long-enough-token-1234";
    // A mistake elsewhere must not leave the app open.
    expect(
      parseAccessEnv({
        PLAYGROUND_ACCESS_TOKEN: token,
        PLAYGROUND_UPSTREAMS: "not json",
      }),
    ).toBe(token);
    expect(parseAccessEnv({ PLAYGROUND_ACCESS_TOKEN: " " })).toBeUndefined();
    const weakTokens: [string, string][] = [
      ["short-secret", "must be at least 16 characters"],
      ["sixteen chars or more", "must be printable ASCII without spaces"],
    ];
    for (const [weak, problem] of weakTokens) {
      const error = envError({ PLAYGROUND_ACCESS_TOKEN: weak });
      expect(error.message).toBe(
        `Invalid server environment: PLAYGROUND_ACCESS_TOKEN: ${problem}.`,
      );
      expect(() => parseAccessEnv({ PLAYGROUND_ACCESS_TOKEN: weak })).toThrow(
        problem,
      );
    }
  });

  it("reads the engine's variables", () => {
    expect(
      parseEnv({
        LOCAL_ENGINE_DB: "/tmp/e.sqlite",
        LOCAL_ENGINE_TOKENS_PER_SECOND: "0",
        ENGINE_PORT: "0",
        ENGINE_HOST: "0.0.0.0",
      }),
    ).toMatchObject({
      LOCAL_ENGINE_DB: "/tmp/e.sqlite",
      LOCAL_ENGINE_TOKENS_PER_SECOND: 0,
      ENGINE_PORT: 0,
      ENGINE_HOST: "0.0.0.0",
    });
  });

  it("checks only the engine's variables for the standalone engine", () => {
    expect(
      parseEngineEnv({ PLAYGROUND_UPSTREAMS: "not json", ENGINE_PORT: "4100" }),
    ).toEqual({
      LOCAL_ENGINE_DB: ".data/engine.sqlite",
      LOCAL_ENGINE_TOKENS_PER_SECOND: 60,
      ENGINE_PORT: 4100,
      ENGINE_HOST: "127.0.0.1",
    });
    expect(() => parseEngineEnv({ ENGINE_PORT: "70000" })).toThrow(
      "Invalid server environment: ENGINE_PORT: must be a port from 0 to 65535.",
    );
  });

  it.each(["0", "false", "off", "OFF", "no"])(
    "turns the local engine off with %s",
    (value) => {
      expect(parseEnv({ LOCAL_ENGINE: value }).LOCAL_ENGINE).toBe(false);
    },
  );

  it("parses upstreams with the default kind", () => {
    const env = parseEnv({
      PLAYGROUND_UPSTREAM_TIMEOUT_MS: "2500",
      PLAYGROUND_UPSTREAMS: JSON.stringify([
        {
          id: "vllm",
          label: "vLLM",
          baseURL: "http://127.0.0.1:8000/v1",
          models: ["qwen"],
        },
        {
          id: "az",
          label: "Azure",
          kind: "azure",
          baseURL: "https://r.openai.azure.com/openai/v1",
          apiKeyEnv: "AZ_KEY",
          headers: { "x-a": "b" },
        },
      ]),
    });
    expect(env.PLAYGROUND_UPSTREAM_TIMEOUT_MS).toBe(2500);
    expect(
      env.PLAYGROUND_UPSTREAMS.map((upstream) => [upstream.id, upstream.kind]),
    ).toEqual([
      ["vllm", "openai-compatible"],
      ["az", "azure"],
    ]);
  });

  it.each([
    [
      { PLAYGROUND_UPSTREAMS: `[{"id":"a", "headers":{"x":"${SECRET}"}` },
      "PLAYGROUND_UPSTREAMS: must be valid JSON",
    ],
    [
      {
        PLAYGROUND_UPSTREAMS: `[{"id":"a","label":"A","baseURL":"http://x","apiKey":"${SECRET}"}]`,
      },
      'PLAYGROUND_UPSTREAMS[0]: Unrecognized key: "apiKey"',
    ],
    [
      {
        PLAYGROUND_UPSTREAMS: `[{"id":"A b","label":"A","baseURL":"http://x"}]`,
      },
      "PLAYGROUND_UPSTREAMS[0].id: must be a lowercase slug",
    ],
    [
      {
        PLAYGROUND_UPSTREAMS: `[{"id":"local","label":"A","baseURL":"http://x"}]`,
      },
      "PLAYGROUND_UPSTREAMS[0].id: 'local' is reserved",
    ],
    [
      {
        PLAYGROUND_UPSTREAMS: `[{"id":"a","label":"A","baseURL":"http://u:${SECRET}@x"}]`,
      },
      "PLAYGROUND_UPSTREAMS[0].baseURL: must not contain credentials",
    ],
    [
      {
        PLAYGROUND_UPSTREAMS: `[{"id":"a","label":"A","baseURL":"http://x/v1?key=${SECRET}"}]`,
      },
      "PLAYGROUND_UPSTREAMS[0].baseURL: must not contain a query",
    ],
    [
      { PLAYGROUND_UPSTREAMS: `[{"id":"a","label":"A","baseURL":"ftp://x"}]` },
      "PLAYGROUND_UPSTREAMS[0].baseURL: must be an http(s) URL",
    ],
    [
      {
        PLAYGROUND_UPSTREAMS: `[{"id":"a","label":"A","baseURL":"http://x","kind":"bedrock"}]`,
      },
      "PLAYGROUND_UPSTREAMS[0].kind: Invalid option",
    ],
    [
      {
        PLAYGROUND_UPSTREAMS: `[{"id":"a","label":"A","baseURL":"http://x","headers":{"Authorization":"Bearer ${SECRET}"}}]`,
      },
      "PLAYGROUND_UPSTREAMS[0].headers.Authorization: is set by the proxy",
    ],
    [
      {
        PLAYGROUND_UPSTREAMS: `[{"id":"a","label":"A","baseURL":"http://x"},{"id":"a","label":"B","baseURL":"http://y"}]`,
      },
      "PLAYGROUND_UPSTREAMS[1].id: duplicate id 'a'",
    ],
    [
      { PLAYGROUND_UPSTREAMS: `{"id":"a"}` },
      "PLAYGROUND_UPSTREAMS: Invalid input: expected array",
    ],
    [
      { OPENAI_BASE_URL: "not a url" },
      "OPENAI_BASE_URL: must be an http(s) URL",
    ],
    [
      { OPENAI_API_KEY: `${SECRET}\nX-Injected: 1` },
      "OPENAI_API_KEY: must not contain line breaks",
    ],
    [{ LOCAL_ENGINE: "maybe" }, "LOCAL_ENGINE: must be one of"],
    [
      { PLAYGROUND_UPSTREAM_TIMEOUT_MS: "soon" },
      "PLAYGROUND_UPSTREAM_TIMEOUT_MS: must be a number of milliseconds",
    ],
    [
      { LOCAL_ENGINE_TOKENS_PER_SECOND: "-1" },
      "LOCAL_ENGINE_TOKENS_PER_SECOND: must be 0 or more",
    ],
    [
      { LOCAL_ENGINE_TOKENS_PER_SECOND: "fast" },
      "LOCAL_ENGINE_TOKENS_PER_SECOND: must be a number",
    ],
    [{ ENGINE_PORT: "http" }, "ENGINE_PORT: must be a port number"],
  ])("rejects %j naming the variable and not the value", (source, expected) => {
    const error = envError(source);
    expect(error.code).toBe("invalid_server_config");
    expect(error.message).toContain(expected);
    expect(error.message).not.toContain(SECRET);
  });
});
