import fs from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stubServerEnv } from "@/lib/server/testing/stub-server-env";
import {
  replyJson,
  startTestUpstream,
  type TestUpstream,
} from "../testing/test-upstream";
import { createAppListener } from "./native-routes";

const KEY = "sk-app-server-secret";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "app-listener-"));
let upstream: TestUpstream;
let server: Server;
let origin = "";
let upstreamClosed: Promise<void>;
let resolveUpstreamClosed: () => void = () => undefined;
/** What reached the stand-in for Next: the app server hands it every request its native routes leave. */
const toNext: string[] = [];

beforeAll(async () => {
  upstream = await startTestUpstream((recorded, response) => {
    if (!recorded.url.includes("endless"))
      return replyJson(response, 200, { object: "list", data: [] });
    response.writeHead(200, { "content-type": "text/event-stream" });
    response.write(": first\n\n");
    const timer = setInterval(() => response.write(": ping\n\n"), 20);
    response.on("close", () => {
      clearInterval(timer);
      resolveUpstreamClosed();
    });
  });
  // The native routes wire the real registry and the real local engine, which read process.env on first use.
  stubServerEnv(dir, upstream.baseURL, KEY);
  server = createServer(
    createAppListener((incoming, response) => {
      toNext.push(`${incoming.method} ${incoming.url}`);
      response.writeHead(418, { "content-type": "text/plain" });
      response.end("next");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await upstream.close();
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the app server's listener", () => {
  it("serves /v1 from the local engine to the official SDK, without Next", async () => {
    const openai = new OpenAI({
      baseURL: `${origin}/v1`,
      apiKey: "any",
      maxRetries: 0,
    });
    const created = await openai.responses.create({
      model: "local-echo",
      input: "native",
    });
    expect(created.output_text).toContain("You said: native");
    const streamed = await openai.responses
      .stream({
        model: "local-echo",
        input: "streamed",
        previous_response_id: created.id,
      })
      .finalResponse();
    expect(streamed.output_text).toContain("You said: streamed");
    expect((await openai.responses.retrieve(streamed.id)).output_text).toBe(
      streamed.output_text,
    );
    await expect(
      openai.responses.create({
        model: "local-echo",
        input: "x",
        bogus: 1,
      } as never),
    ).rejects.toMatchObject({ status: 400, param: "bogus" });
    expect(toNext).toEqual([]);
  });

  it("proxies to the local engine and to a remote upstream with the server's key, without Next", async () => {
    const local = await fetch(`${origin}/api/proxy/local/v1/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        model: "local-echo",
        input: "via proxy",
        stream: true,
      }),
    });
    expect(local.headers.get("content-type")).toContain("text/event-stream");
    const events = await local.text();
    expect(events).toContain("event: response.completed");
    expect(events).toContain("You said: via proxy");

    const remote = await fetch(`${origin}/api/proxy/test/v1/models`);
    expect(remote.status).toBe(200);
    expect(await remote.json()).toEqual({ object: "list", data: [] });
    expect(upstream.requests.at(-1)?.headers.authorization).toBe(
      `Bearer ${KEY}`,
    );

    const refused = await fetch(`${origin}/api/proxy/test/v1/secret`);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({
      error: { code: "path_not_allowed" },
    });
    expect(toNext).toEqual([]);
  });

  it("closes a remote upstream's stream when the client leaves it", async () => {
    upstreamClosed = new Promise(
      (resolve) => (resolveUpstreamClosed = resolve),
    );
    await new Promise<void>((resolve, reject) => {
      const outgoing = request(
        `${origin}/api/proxy/test/v1/responses?endless=1`,
        { method: "POST", headers: { "content-type": "application/json" } },
        (answer) => {
          answer.once("data", () => {
            outgoing.destroy();
            resolve();
          });
        },
      );
      outgoing.once("error", reject);
      outgoing.end("{}");
    });
    const outcome = await Promise.race([
      upstreamClosed.then(() => "closed"),
      delay(3000).then(() => "still open"),
    ]);
    expect(outcome).toBe("closed");
  });

  it("hands Next everything else, exactly as it came", async () => {
    for (const [method, url] of [
      ["GET", "/"],
      ["GET", "/api/upstreams"],
      ["GET", "/v1/models/"],
      ["HEAD", "/v1/models"],
    ] as const) {
      const response = await fetch(`${origin}${url}`, { method });
      expect(response.status, `${method} ${url}`).toBe(418);
    }
    expect(toNext).toEqual([
      "GET /",
      "GET /api/upstreams",
      "GET /v1/models/",
      "HEAD /v1/models",
    ]);
  });
});
