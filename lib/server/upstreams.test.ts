import { describe, expect, it } from "vitest";
import { LISTED_LOCAL, LISTED_OPENAI } from "./testing/public-upstreams";
import { createUpstreamRegistry, listPublicUpstreams } from "./upstreams";

const KEY = "sk-registry-secret";
const upstreams = JSON.stringify([
  {
    id: "azure",
    label: "Azure",
    kind: "azure",
    baseURL: "https://res.openai.azure.com",
    apiKeyEnv: "AZURE_OPENAI_API_KEY",
  },
  {
    id: "ollama",
    label: "Ollama",
    baseURL: "http://localhost:11434/v1/",
    models: ["llama3.2"],
    headers: { "x-team": "a" },
  },
  {
    id: "openrouter",
    label: "OpenRouter",
    baseURL: "https://openrouter.ai/api/v1",
    apiKeyEnv: "OPENROUTER_API_KEY",
  },
]);

describe("createUpstreamRegistry", () => {
  it("lists local, openai and the configured upstreams with local as default", () => {
    const registry = createUpstreamRegistry({
      OPENAI_API_KEY: KEY,
      AZURE_OPENAI_API_KEY: KEY,
      PLAYGROUND_UPSTREAMS: upstreams,
    });
    const listed = listPublicUpstreams(registry);
    expect(listed).toEqual({
      default: "local",
      accessTokenRequired: false,
      data: [
        LISTED_LOCAL,
        LISTED_OPENAI,
        {
          id: "azure",
          label: "Azure",
          kind: "azure",
          hasKey: true,
          needsKey: true,
          isDefault: false,
          baseURL: "https://res.openai.azure.com/openai/v1",
        },
        {
          id: "ollama",
          label: "Ollama",
          kind: "openai-compatible",
          hasKey: false,
          needsKey: false,
          isDefault: false,
          baseURL: "http://localhost:11434/v1",
          models: ["llama3.2"],
        },
        {
          id: "openrouter",
          label: "OpenRouter",
          kind: "openai-compatible",
          hasKey: false,
          needsKey: true,
          isDefault: false,
          baseURL: "https://openrouter.ai/api/v1",
        },
      ],
    });
    expect(JSON.stringify(listed)).not.toContain(KEY);
    expect(JSON.stringify(registry.upstreams)).not.toContain(KEY);
    expect(JSON.stringify(listed)).not.toContain("x-team");
  });

  it("says when the app asks for its access token, without saying the token", () => {
    const token = "registry-access-token-0123";
    const listed = listPublicUpstreams(
      createUpstreamRegistry({ PLAYGROUND_ACCESS_TOKEN: token }),
    );
    expect(listed.accessTokenRequired).toBe(true);
    expect(JSON.stringify(listed)).not.toContain(token);
    // `npm run dev` has no gate, so the playground there offers no sign-out and exports no token.
    expect(
      createUpstreamRegistry({
        PLAYGROUND_ACCESS_TOKEN: token,
        NODE_ENV: "development",
      }).accessTokenRequired,
    ).toBe(false);
  });

  it("defaults to the first configured upstream when the local engine is off", () => {
    const registry = createUpstreamRegistry({
      LOCAL_ENGINE: "off",
      PLAYGROUND_UPSTREAMS: upstreams,
    });
    expect(registry.defaultId).toBe("azure");
    expect(registry.get("local")).toBeUndefined();
    expect(
      createUpstreamRegistry({ LOCAL_ENGINE: "off" }).defaultId,
    ).toBeNull();
  });

  it("honours OPENAI_BASE_URL and leaves out openai without a key", () => {
    expect(
      createUpstreamRegistry({
        OPENAI_API_KEY: KEY,
        OPENAI_BASE_URL: "https://gw.example/v1/",
      }).get("openai")?.baseURL,
    ).toBe("https://gw.example/v1");
    expect(
      createUpstreamRegistry({ OPENAI_BASE_URL: "https://gw.example/v1" }).get(
        "openai",
      ),
    ).toBeUndefined();
  });

  it("builds auth headers per kind, the caller's key winning", () => {
    const registry = createUpstreamRegistry({
      OPENAI_API_KEY: KEY,
      OPENAI_ORG_ID: "org-1",
      AZURE_OPENAI_API_KEY: KEY,
      PLAYGROUND_UPSTREAMS: upstreams,
    });
    expect(registry.get("openai")?.authHeaders()).toEqual({
      authorization: `Bearer ${KEY}`,
      "openai-organization": "org-1",
    });
    expect(registry.get("openai")?.authHeaders("sk-mine")).toEqual({
      authorization: "Bearer sk-mine",
    });
    expect(registry.get("azure")?.authHeaders()).toEqual({ "api-key": KEY });
    expect(registry.get("ollama")?.authHeaders()).toEqual({});
    expect(registry.get("openrouter")?.authHeaders("sk-or")).toEqual({
      authorization: "Bearer sk-or",
    });
  });

  it("refuses a configured 'openai' that clashes with OPENAI_API_KEY", () => {
    const clash = JSON.stringify([
      { id: "openai", label: "Mine", baseURL: "https://x.example/v1" },
    ]);
    expect(() =>
      createUpstreamRegistry({
        OPENAI_API_KEY: KEY,
        PLAYGROUND_UPSTREAMS: clash,
      }),
    ).toThrow(/id 'openai' is taken/);
    expect(
      createUpstreamRegistry({ PLAYGROUND_UPSTREAMS: clash }).get("openai")
        ?.label,
    ).toBe("Mine");
  });
});
