import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { paramsFor } from "@/lib/server/testing/proxy-client";
import { stubServerEnv } from "@/lib/server/testing/stub-server-env";
import {
  replyJson,
  startTestUpstream,
  type TestUpstream,
} from "@/lib/server/testing/test-upstream";

const KEY = "sk-proxy-route-secret";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "proxy-route-"));
let upstream: TestUpstream;

beforeAll(async () => {
  upstream = await startTestUpstream((_request, response) =>
    replyJson(response, 200, { object: "list", data: [] }),
  );
  // The route wires the real registry (process.env) and the real local engine; both read env on first use.
  stubServerEnv(dir, upstream.baseURL, KEY);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await upstream.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function request(
  upstreamId: string,
  pathAndQuery: string,
  init: RequestInit = {},
) {
  return [
    new Request(
      `http://localhost:3000/api/proxy/${upstreamId}/v1/${pathAndQuery}`,
      init,
    ),
    paramsFor(upstreamId, pathAndQuery),
  ] as const;
}

it("POST /api/proxy/local/v1/responses answers in-process", async () => {
  const { POST } = await import("./route");
  const response = await POST(
    ...request("local", "responses", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "local-echo", input: "hi" }),
    }),
  );
  expect(response.status).toBe(200);
  const created = (await response.json()) as ApiResponse;
  expect(created).toMatchObject({
    object: "response",
    status: "completed",
    model: "local-echo",
  });

  const { DELETE } = await import("./route");
  const deleted = await DELETE(
    ...request("local", `responses/${created.id}`, { method: "DELETE" }),
  );
  expect(await deleted.json()).toEqual({
    id: created.id,
    object: "response.deleted",
    deleted: true,
  });
  // The first call creates the app's engine, which compiles its request validators.
}, 30_000);

it("GET forwards to a configured upstream with the server key", async () => {
  const { GET } = await import("./route");
  const response = await GET(...request("test", "models"));
  expect(response.status).toBe(200);
  expect(upstream.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);
  expect(await response.text()).not.toContain(KEY);
});

it("answers a path outside the Responses family with a 404 envelope", async () => {
  const { GET } = await import("./route");
  const response = await GET(...request("test", "chat/completions"));
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({
    error: { code: "path_not_allowed" },
  });
});

it.each([
  ["local", "PUT", "responses/resp_1", "GET, DELETE"],
  ["local", "PATCH", "conversations/conv_1", "POST, GET, DELETE"],
  ["test", "PUT", "responses", "GET, POST"],
  ["test", "PATCH", "responses/resp_1/input_items", "GET"],
])(
  "%s: %s /%s is a 405 in the envelope with Allow, never forwarded",
  async (upstreamId, method, path, allow) => {
    const route = await import("./route");
    const handler = method === "PUT" ? route.PUT : route.PATCH;
    const forwarded = upstream.requests.length;
    const response = await handler(
      ...request(upstreamId, path, { method, body: "{}" }),
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")?.split(", ").sort()).toEqual(
      allow.split(", ").sort(),
    );
    expect(await response.json()).toMatchObject({
      error: { type: "invalid_request_error", code: "method_not_allowed" },
    });
    expect(upstream.requests.length).toBe(forwarded);
  },
);
