import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../engine/engine";
import {
  fuzzParameters,
  oddRequest,
  type FuzzRequest,
} from "../engine/testing/fuzz-requests";
import { rowCounts } from "../engine/testing/row-counts";
import { createProxyHandler, type ProxyDeps } from "./proxy";
import {
  replyJson,
  startTestUpstream,
  type TestUpstream,
} from "./testing/test-upstream";
import { createUpstreamRegistry } from "./upstreams";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "proxy-fuzz-"));
const dbPath = path.join(dir, "engine.sqlite");
const engine = createEngine({ dbPath, tokensPerSecond: 0 });
const runs = fuzzParameters(40);
let upstream: TestUpstream;
let handler: ReturnType<typeof createProxyHandler>;

beforeAll(async () => {
  upstream = await startTestUpstream((_request, response) =>
    replyJson(response, 200, { ok: true }),
  );
  const registry = createUpstreamRegistry({
    PLAYGROUND_UPSTREAMS: JSON.stringify([
      { id: "remote", label: "Remote", baseURL: upstream.baseURL },
    ]),
  });
  const deps: ProxyDeps = {
    registry: () => registry,
    serveLocal: (request) => engine.serve(request),
  };
  handler = createProxyHandler(deps);
});

afterAll(async () => {
  engine.close();
  await upstream.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Next hands the route the decoded segments; one it cannot decode stays as it came. */
function segments(pathAndQuery: string): string[] {
  return (pathAndQuery.split("?")[0] ?? "").split("/").map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
}

async function expectContract(
  upstreamId: string,
  request: FuzzRequest,
): Promise<void> {
  const before = rowCounts(dbPath);
  const pathAndQuery = request.path.replace(/^\/v1\//, "");
  const body =
    request.body === undefined || ["GET", "HEAD"].includes(request.method)
      ? undefined
      : typeof request.body === "string"
        ? request.body
        : JSON.stringify(request.body);
  const res = await handler(
    new Request(
      `http://playground.test/api/proxy/${upstreamId}/v1/${pathAndQuery}`,
      {
        method: request.method,
        headers: { "content-type": "application/json" },
        body,
      },
    ),
    {
      params: Promise.resolve({
        upstream: upstreamId,
        path: segments(pathAndQuery),
      }),
    },
  );
  const text = await res.text();
  expect(res.status, text).toBeLessThan(500);
  if (res.status >= 400) {
    const envelope = JSON.parse(text) as { error: { message: unknown } };
    expect(typeof envelope.error.message).toBe("string");
    if (res.status === 405) expect(res.headers.get("allow")).toBeTruthy();
    expect(rowCounts(dbPath)).toEqual(before);
  }
}

describe("fuzz: the proxy answers every odd request with a 2xx or a 4xx envelope", () => {
  it.each(["local", "remote"])(
    "through the %s upstream",
    async (upstreamId) => {
      await fc.assert(
        fc.asyncProperty(oddRequest, (request) =>
          expectContract(upstreamId, request),
        ),
        { ...runs, timeout: 10_000 },
      );
      const health = await handler(
        new Request(`http://playground.test/api/proxy/${upstreamId}/v1/models`),
        { params: Promise.resolve({ upstream: upstreamId, path: ["models"] }) },
      );
      expect(health.status).toBe(200);
    },
    60_000 + runs.numRuns * 1_000,
  );
});
