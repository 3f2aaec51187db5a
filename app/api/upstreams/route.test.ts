import { afterAll, beforeAll, expect, it, vi } from "vitest";
import {
  LISTED_LOCAL,
  LISTED_OPENAI,
} from "@/lib/server/testing/public-upstreams";

const KEY = "sk-route-secret";

beforeAll(() => {
  // The route reads process.env on first use; stubbed here and restored afterwards.
  vi.stubEnv("OPENAI_API_KEY", KEY);
  vi.stubEnv("VLLM_API_KEY", KEY);
  vi.stubEnv("LOCAL_ENGINE", "on");
  vi.stubEnv(
    "PLAYGROUND_UPSTREAMS",
    JSON.stringify([
      {
        id: "vllm",
        label: "vLLM",
        baseURL: "http://127.0.0.1:8000/v1",
        apiKeyEnv: "VLLM_API_KEY",
      },
      {
        id: "ollama",
        label: "Ollama",
        baseURL: "http://127.0.0.1:11434/v1",
        models: ["llama3.2"],
      },
    ]),
  );
});

afterAll(() => vi.unstubAllEnvs());

it("GET lists the local engine and the configured upstreams, never a key", async () => {
  const { GET } = await import("./route");
  const response = GET();
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text).not.toContain(KEY);
  expect(JSON.parse(text)).toEqual({
    default: "local",
    accessTokenRequired: false,
    data: [
      LISTED_LOCAL,
      LISTED_OPENAI,
      {
        id: "vllm",
        label: "vLLM",
        kind: "openai-compatible",
        hasKey: true,
        needsKey: true,
        isDefault: false,
        baseURL: "http://127.0.0.1:8000/v1",
      },
      {
        id: "ollama",
        label: "Ollama",
        kind: "openai-compatible",
        hasKey: false,
        needsKey: false,
        isDefault: false,
        baseURL: "http://127.0.0.1:11434/v1",
        models: ["llama3.2"],
      },
    ],
  });
});
