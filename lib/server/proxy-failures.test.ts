import { createServer as createTcpServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ProxyDeps } from "./proxy";
import { callProxy, everythingVisible } from "./testing/proxy-client";
import {
  closedPortBaseURL,
  startTestUpstream,
  type TestUpstream,
} from "./testing/test-upstream";
import { createUpstreamRegistry } from "./upstreams";

const KEY = "sk-failure-secret-789";
const upstreamError =
  '{"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}';

let erroring: TestUpstream;
let silent: TestUpstream;
let redirecting: TestUpstream;
let deadBaseURL: string;
let deps: ProxyDeps;

beforeAll(async () => {
  erroring = await startTestUpstream((_request, response) => {
    response.writeHead(429, {
      "content-type": "application/json",
      "x-request-id": "req_429",
      "retry-after": "7",
      "x-ratelimit-remaining-requests": "0",
      "set-cookie": "tracking=1",
    });
    response.end(upstreamError);
  });
  // Accepts the request and never answers, like a server stuck loading a model.
  silent = await startTestUpstream(() => undefined);
  redirecting = await startTestUpstream((_request, response) => {
    response.writeHead(301, {
      location: "https://elsewhere.example/v1/responses",
    });
    response.end();
  });
  deadBaseURL = await closedPortBaseURL();
  const entry = (id: string, baseURL: string) => ({
    id,
    label: id,
    baseURL,
    apiKeyEnv: "KEY",
  });
  const registry = createUpstreamRegistry({
    KEY,
    LOCAL_ENGINE: "false",
    PLAYGROUND_UPSTREAM_TIMEOUT_MS: "150",
    PLAYGROUND_UPSTREAMS: JSON.stringify([
      entry("erroring", erroring.baseURL),
      entry("silent", silent.baseURL),
      entry("redirecting", redirecting.baseURL),
      entry("vllm", deadBaseURL),
    ]),
  });
  deps = {
    registry: () => registry,
    serveLocal: () => Promise.reject(new Error("local engine not expected")),
  };
});

afterAll(async () => {
  await Promise.all([erroring.close(), silent.close(), redirecting.close()]);
});

it("passes an upstream's own error through: status, body and x-request-id unchanged", async () => {
  const response = await callProxy(deps, "erroring", "responses", {
    method: "POST",
    body: "{}",
  });
  expect(response.status).toBe(429);
  expect(response.headers.get("x-request-id")).toBe("req_429");
  expect(response.headers.get("retry-after")).toBe("7");
  expect(response.headers.get("x-ratelimit-remaining-requests")).toBe("0");
  expect(response.headers.get("set-cookie")).toBeNull();
  expect(await response.text()).toBe(upstreamError);
});

it("answers 502 with a readable envelope when the upstream refuses the connection", async () => {
  const response = await callProxy(deps, "vllm", "responses", {
    method: "POST",
    body: "{}",
  });
  expect(response.status).toBe(502);
  const body = await everythingVisible(response);
  expect(body).not.toContain(KEY);
  expect(JSON.parse(body.slice(body.indexOf("{")))).toEqual({
    error: {
      message: `Could not reach upstream 'vllm' at ${deadBaseURL}: connection refused.`,
      type: "server_error",
      param: null,
      code: "upstream_unreachable",
    },
  });
});

it("answers 502 when the upstream's host does not resolve", async () => {
  // Its own registry with the default timeout, so a slow resolver can't turn this into a 504.
  const registry = createUpstreamRegistry({
    LOCAL_ENGINE: "off",
    PLAYGROUND_UPSTREAMS: JSON.stringify([
      {
        id: "nowhere",
        label: "Nowhere",
        baseURL: "http://nonexistent-host.invalid/v1",
      },
    ]),
  });
  const response = await callProxy(
    { ...deps, registry: () => registry },
    "nowhere",
    "models",
  );
  expect(response.status).toBe(502);
  const { error } = (await response.json()) as {
    error: { code: string; message: string };
  };
  expect(error.code).toBe("upstream_unreachable");
  expect(error.message).toMatch(
    /^Could not reach upstream 'nowhere' at http:\/\/nonexistent-host\.invalid\/v1: /,
  );
});

it("answers 502 when the upstream's answer is not valid HTTP/1.1", async () => {
  const garbled = createTcpServer((socket) =>
    socket.once("data", () =>
      socket.end(
        "HTTP/1.1 200 OK\r\ncontent-length: 1\r\ncontent-length: 2\r\n\r\nok",
      ),
    ),
  );
  await new Promise<void>((resolve) => garbled.listen(0, "127.0.0.1", resolve));
  const { port } = garbled.address() as AddressInfo;
  const registry = createUpstreamRegistry({
    LOCAL_ENGINE: "off",
    PLAYGROUND_UPSTREAMS: JSON.stringify([
      {
        id: "garbled",
        label: "Garbled",
        baseURL: `http://127.0.0.1:${port}/v1`,
      },
    ]),
  });
  const response = await callProxy(
    { ...deps, registry: () => registry },
    "garbled",
    "models",
  );
  garbled.close();
  expect(response.status).toBe(502);
  const { error } = (await response.json()) as {
    error: { code: string; message: string };
  };
  expect(error).toMatchObject({
    code: "upstream_unreachable",
    message: `Could not reach upstream 'garbled' at http://127.0.0.1:${port}/v1: its answer was not valid HTTP/1.1.`,
  });
});

// A call with no body goes over the proxy's own connections, one with a streamed body through undici.
it.each([
  ["models", { method: "GET" }],
  ["responses", { method: "POST", body: "{}" }],
])(
  "answers 504 when no response headers to %s arrive within the timeout",
  async (path, init) => {
    const response = await callProxy(deps, "silent", path, init);
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({
      error: {
        message: `Upstream 'silent' at ${silent.baseURL} did not answer within 150 ms (PLAYGROUND_UPSTREAM_TIMEOUT_MS).`,
        type: "server_error",
        param: null,
        code: "upstream_timeout",
      },
    });
  },
);

it("does not follow a redirect, so the key is never sent elsewhere", async () => {
  const response = await callProxy(deps, "redirecting", "models");
  expect(response.status).toBe(502);
  expect(response.headers.get("location")).toBeNull();
  expect(await response.json()).toMatchObject({
    error: { code: "upstream_unreachable" },
  });
  expect(redirecting.requests).toHaveLength(1);
});

it("reports an invalid server environment as a 500 envelope naming the variable", async () => {
  const broken: ProxyDeps = {
    ...deps,
    registry: () =>
      createUpstreamRegistry({
        PLAYGROUND_UPSTREAMS: `[{"id":"x","apiKey":"${KEY}"`,
      }),
  };
  const response = await callProxy(broken, "x", "models");
  expect(response.status).toBe(500);
  const visible = await everythingVisible(response);
  expect(visible).toContain("PLAYGROUND_UPSTREAMS");
  expect(visible).toContain("invalid_server_config");
  expect(visible).not.toContain(KEY);
});
