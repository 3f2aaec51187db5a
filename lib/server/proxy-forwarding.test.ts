import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAYGROUND_API_KEY_HEADER } from "@/lib/api/api-key-header";
import type { ProxyDeps } from "./proxy";
import { callProxy, everythingVisible } from "./testing/proxy-client";
import {
  replyJson,
  startTestUpstream,
  type TestUpstream,
} from "./testing/test-upstream";
import { createUpstreamRegistry } from "./upstreams";

const SERVER_KEY = "sk-server-secret-123";
const USER_KEY = "sk-user-secret-456";

let upstream: TestUpstream;
let deps: ProxyDeps;

beforeAll(async () => {
  upstream = await startTestUpstream((_request, response) =>
    replyJson(
      response,
      200,
      { ok: true },
      { "set-cookie": "session=1", "x-request-id": "req_up" },
    ),
  );
  const registry = createUpstreamRegistry({
    LOCAL_ENGINE: "off",
    OPENAI_API_KEY: SERVER_KEY,
    OPENAI_BASE_URL: upstream.baseURL,
    OPENAI_ORG_ID: "org-1",
    OPENAI_PROJECT_ID: "proj-1",
    AZURE_KEY: SERVER_KEY,
    VLLM_KEY: SERVER_KEY,
    PLAYGROUND_UPSTREAMS: JSON.stringify([
      {
        id: "vllm",
        label: "vLLM",
        baseURL: upstream.baseURL,
        apiKeyEnv: "VLLM_KEY",
        headers: { "x-extra": "yes" },
      },
      {
        id: "azure",
        label: "Azure",
        kind: "azure",
        baseURL: upstream.baseURL,
        apiKeyEnv: "AZURE_KEY",
      },
      { id: "ollama", label: "Ollama", baseURL: upstream.baseURL },
    ]),
  });
  deps = {
    registry: () => registry,
    serveLocal: () => Promise.reject(new Error("local engine not expected")),
  };
});

afterAll(() => upstream.close());

function lastRequest() {
  const request = upstream.requests.at(-1);
  if (!request) throw new Error("the upstream received no request");
  return request;
}

describe("path allowlist", () => {
  it.each([
    ["POST", "responses"],
    ["GET", "responses/resp_1"],
    ["GET", "responses/resp_1/input_items"],
    ["POST", "responses/resp_1/cancel"],
    ["POST", "responses/input_tokens"],
    ["GET", "conversations/conv_1/items/msg_1"],
    ["GET", "models"],
    ["GET", "models/llama3.2:latest"],
    ["GET", "files/file-abc/content"],
    ["POST", "vector_stores/vs_1/search"],
    ["GET", "containers/cntr_1/files/cfile_1/content"],
  ])("forwards %s /v1/%s", async (method, path) => {
    const response = await callProxy(deps, "vllm", path, {
      method,
      body: method === "POST" ? "{}" : undefined,
    });
    expect(response.status).toBe(200);
    expect(lastRequest().url).toBe(`/v1/${path}`);
  });

  it.each([
    "chat/completions",
    "completions",
    "embeddings",
    "responsesx",
    "",
    "organization/admin_api_keys",
    "audio/speech",
    "containers",
    "containers/cntr_1",
    "containers/cntr_1/files",
    "containers/cntr_1/files/cfile_1",
    "containers/cntr_1/files/cfile_1/content/more",
  ])(
    "refuses /v1/%s with a 404 envelope and never calls the upstream",
    async (path) => {
      const before = upstream.requests.length;
      const response = await callProxy(deps, "vllm", path);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        error: { code: "path_not_allowed", type: "invalid_request_error" },
      });
      expect(upstream.requests.length).toBe(before);
    },
  );

  it.each(["POST", "DELETE"])(
    "refuses %s on a container file's content: that path is read-only",
    async (method) => {
      const before = upstream.requests.length;
      const response = await callProxy(
        deps,
        "vllm",
        "containers/cntr_1/files/cfile_1/content",
        { method, body: method === "POST" ? "{}" : undefined },
      );
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        error: { code: "path_not_allowed" },
      });
      expect(upstream.requests.length).toBe(before);
    },
  );

  it.each([
    "responses/%2e%2e/%2e%2e/admin",
    "responses%2F..%2Fadmin",
    "responses/a%2Fb",
    "responses/%252e%252e",
    "files/..%5cadmin",
  ])("refuses the traversal attempt %s", async (path) => {
    const before = upstream.requests.length;
    const response = await callProxy(deps, "vllm", path);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: { code: "path_not_allowed" },
    });
    expect(upstream.requests.length).toBe(before);
  });

  it("refuses an unknown upstream with a 404 envelope", async () => {
    const response = await callProxy(deps, "nope", "responses");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        message:
          "Unknown upstream 'nope'; configured: openai, vllm, azure, ollama.",
        type: "invalid_request_error",
        param: "upstream",
        code: "upstream_not_found",
      },
    });
  });
});

describe("request forwarding", () => {
  it("keeps the method, the bracketed query and the body bytes", async () => {
    const body = JSON.stringify({
      model: "m",
      input: "héllo 👋",
      metadata: { a: "1" },
    });
    await callProxy(deps, "vllm", "responses?include[]=a&include[]=b", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    const received = lastRequest();
    expect(received.method).toBe("POST");
    expect(received.url).toBe("/v1/responses?include[]=a&include[]=b");
    expect(received.body.equals(Buffer.from(body))).toBe(true);
  });

  it.each(["GET", "DELETE"])("forwards %s with its query", async (method) => {
    await callProxy(
      deps,
      "vllm",
      "responses/resp_1?include%5B%5D=x&stream=false",
      { method },
    );
    expect(lastRequest()).toMatchObject({
      method,
      url: "/v1/responses/resp_1?include%5B%5D=x&stream=false",
    });
  });

  it("forwards only allowlisted headers and asks for identity encoding", async () => {
    await callProxy(deps, "vllm", "responses", {
      method: "POST",
      body: "{}",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        "openai-beta": "responses=v1",
        "idempotency-key": "idem-1",
        cookie: "session=secret",
        "x-stainless-os": "Linux",
        "x-forwarded-for": "10.0.0.1",
      },
    });
    const { headers } = lastRequest();
    expect(headers).toMatchObject({
      "content-type": "application/json",
      accept: "text/event-stream",
      "openai-beta": "responses=v1",
      "idempotency-key": "idem-1",
      "accept-encoding": "identity",
      "x-extra": "yes",
    });
    expect(headers.cookie).toBeUndefined();
    expect(headers["x-stainless-os"]).toBeUndefined();
    expect(headers["x-forwarded-for"]).toBeUndefined();
  });

  it("passes back only allowlisted response headers", async () => {
    const response = await callProxy(deps, "vllm", "models");
    expect(response.headers.get("x-request-id")).toBe("req_up");
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("content-length")).toBeNull();
  });
});

describe("keys", () => {
  it("injects the server key as a bearer token", async () => {
    const response = await callProxy(deps, "vllm", "models");
    expect(lastRequest().headers.authorization).toBe(`Bearer ${SERVER_KEY}`);
    expect(await everythingVisible(response)).not.toContain(SERVER_KEY);
  });

  it("sends Azure's key in api-key and no Authorization header", async () => {
    await callProxy(deps, "azure", "responses", { method: "POST", body: "{}" });
    expect(lastRequest().headers["api-key"]).toBe(SERVER_KEY);
    expect(lastRequest().headers.authorization).toBeUndefined();
  });

  it("sends the OpenAI organization and project with the server key", async () => {
    await callProxy(deps, "openai", "models");
    expect(lastRequest().headers).toMatchObject({
      authorization: `Bearer ${SERVER_KEY}`,
      "openai-organization": "org-1",
      "openai-project": "proj-1",
    });
  });

  it.each([
    ["openai", "authorization", `Bearer ${USER_KEY}`],
    ["vllm", "authorization", `Bearer ${USER_KEY}`],
    ["azure", "api-key", USER_KEY],
  ])(
    "lets the caller's own key override the server key on %s",
    async (id, header, value) => {
      const response = await callProxy(deps, id, "models", {
        headers: { [PLAYGROUND_API_KEY_HEADER]: USER_KEY },
      });
      const { headers } = lastRequest();
      expect(headers[header]).toBe(value);
      expect(headers[PLAYGROUND_API_KEY_HEADER]).toBeUndefined();
      expect(headers["openai-organization"]).toBeUndefined();
      expect(JSON.stringify(headers)).not.toContain(SERVER_KEY);
      expect(await everythingVisible(response)).not.toContain(USER_KEY);
    },
  );

  it("never forwards the client's own Authorization header", async () => {
    await callProxy(deps, "ollama", "models", {
      headers: { authorization: "Bearer sk-client" },
    });
    expect(lastRequest().headers.authorization).toBeUndefined();
    await callProxy(deps, "vllm", "models", {
      headers: { authorization: "Bearer sk-client" },
    });
    expect(lastRequest().headers.authorization).toBe(`Bearer ${SERVER_KEY}`);
  });
});
