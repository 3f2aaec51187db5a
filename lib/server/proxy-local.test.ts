import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { afterAll, expect, it } from "vitest";
import { createEngine } from "../engine/engine";
import { PLAYGROUND_API_KEY_HEADER } from "@/lib/api/api-key-header";
import type { ProxyDeps } from "./proxy";
import { callProxy } from "./testing/proxy-client";
import { createUpstreamRegistry } from "./upstreams";

const engine = createEngine({ dbPath: ":memory:", tokensPerSecond: 0 });
const deps: ProxyDeps = {
  registry: () => createUpstreamRegistry({}),
  serveLocal: (request) => engine.serve(request),
};

afterAll(() => engine.close());

it("answers a create call in-process through the local upstream", async () => {
  const response = await callProxy(deps, "local", "responses", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [PLAYGROUND_API_KEY_HEADER]: "sk-ignored",
    },
    body: JSON.stringify({ model: "local-echo", input: "hi" }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("x-request-id")).toMatch(/\S/);
  const created = (await response.json()) as ApiResponse;
  expect(created).toMatchObject({
    object: "response",
    status: "completed",
    model: "local-echo",
  });

  const fetched = await callProxy(
    deps,
    "local",
    `responses/${created.id}/input_items?order=asc&include[]=message.input_image.image_url`,
  );
  expect(fetched.status).toBe(200);
  expect(await fetched.json()).toMatchObject({
    object: "list",
    data: [{ type: "message", role: "user" }],
  });
});

it("streams the local engine's SSE", async () => {
  const response = await callProxy(deps, "local", "responses", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "local-echo", input: "hi", stream: true }),
  });
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const text = await response.text();
  expect(text.startsWith("event: response.created\n")).toBe(true);
  expect(text).toContain("event: response.completed\n");
});

it("passes the engine's own errors through", async () => {
  const response = await callProxy(deps, "local", "responses/resp_missing");
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({
    error: { type: "invalid_request_error" },
  });
});

it("is gone when LOCAL_ENGINE is off", async () => {
  const off: ProxyDeps = {
    ...deps,
    registry: () => createUpstreamRegistry({ LOCAL_ENGINE: "off" }),
  };
  const response = await callProxy(off, "local", "models");
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({
    error: { code: "upstream_not_found" },
  });
});
