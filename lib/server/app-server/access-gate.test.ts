import fs from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rowCounts } from "@/lib/engine/testing/row-counts";
import { stubServerEnv } from "@/lib/server/testing/stub-server-env";
import {
  replyJson,
  startTestUpstream,
  type TestUpstream,
} from "../testing/test-upstream";
import { ACCESS_COOKIE, accessGate } from "./access-gate";
import { safeReturnPath } from "./access-request";
import { GUESS_BURST, GUESS_REFILL_MS, GuessLimiter } from "./guess-limiter";
import { createAppListener } from "./native-routes";

const TOKEN = "playground-access-token-for-tests";
const KEY = "sk-upstream-held-by-the-server";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "access-gate-"));
let upstream: TestUpstream;
let server: Server;
let origin = "";
/** What reached the stand-in for Next: pages and every other route the native ones leave to it. */
const toNext: string[] = [];
/** Every answer's headers and body, to check that the token never appears in one. */
const answered: string[] = [];

async function call(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`${origin}${url}`, {
    redirect: "manual",
    ...init,
  });
  const body = await response.clone().text();
  answered.push(JSON.stringify([...response.headers]) + body);
  return response;
}

const page = (url: string, headers: Record<string, string> = {}) =>
  call(url, { headers: { accept: "text/html", ...headers } });

const signIn = (token: string, next: string) =>
  call("/access", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token, next }).toString(),
  });

/** The cookie a successful sign-in sets, as a request's `cookie` header sends it. */
async function signedInCookie(): Promise<string> {
  const response = await signIn(TOKEN, "/");
  const cookie = response.headers.get("set-cookie") ?? "";
  return cookie.split(";")[0] ?? "";
}

const createBody = JSON.stringify({ model: "local-echo", input: "gated" });

beforeAll(async () => {
  upstream = await startTestUpstream((_recorded, response) =>
    replyJson(response, 200, { object: "list", data: [] }),
  );
  stubServerEnv(dir, upstream.baseURL, KEY);
  server = createServer(
    accessGate(
      TOKEN,
      createAppListener((incoming, response) => {
        toNext.push(`${incoming.method} ${incoming.url}`);
        response.writeHead(200, { "content-type": "text/html" });
        response.end("<p>the app</p>");
      }),
    ),
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

describe("the access gate", () => {
  it("sends a page load without the token to the sign-in form, which returns to it after", async () => {
    const refused = await page("/responses/resp_1?tab=items");
    expect(refused.status).toBe(303);
    const location = refused.headers.get("location") ?? "";
    expect(location).toBe(
      `/access?next=${encodeURIComponent("/responses/resp_1?tab=items")}`,
    );
    const form = await page(location);
    expect(form.status).toBe(200);
    expect(form.headers.get("content-security-policy")).toContain(
      "default-src 'none'",
    );
    const html = await form.text();
    expect(html).toContain('<label for="token">Access token</label>');
    expect(html).toContain('name="next" value="/responses/resp_1?tab=items"');

    const wrong = await signIn("not-the-token-at-all", "/responses/resp_1");
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    const again = await wrong.text();
    expect(again).toContain(
      '<p role="alert">That is not this playground&#39;s access token.</p>',
    );
    expect(again).toContain('name="next" value="/responses/resp_1"');

    const right = await signIn(TOKEN, "/responses/resp_1");
    expect(right.status).toBe(303);
    expect(right.headers.get("location")).toBe("/responses/resp_1");
    const cookie = right.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(
      new RegExp(
        `^${ACCESS_COOKIE}=[\\w-]+; Path=/; Max-Age=\\d+; HttpOnly; SameSite=Lax$`,
      ),
    );
    expect(toNext).toEqual([]);

    const inside = await page("/responses/resp_1", {
      cookie: cookie.split(";")[0] ?? "",
    });
    expect(inside.status).toBe(200);
    expect(await inside.text()).toBe("<p>the app</p>");
    expect(toNext).toEqual(["GET /responses/resp_1"]);
  });

  it("lets the official SDK in with the token as its key, and the browser with the sign-in cookie", async () => {
    const openai = new OpenAI({
      baseURL: `${origin}/v1`,
      apiKey: TOKEN,
      maxRetries: 0,
    });
    const created = await openai.responses.create({
      model: "local-echo",
      input: "through the gate",
    });
    expect(created.output_text).toContain("You said: through the gate");
    await expect(
      new OpenAI({
        baseURL: `${origin}/v1`,
        apiKey: "sk-wrong",
        maxRetries: 0,
      }).responses.retrieve(created.id),
    ).rejects.toMatchObject({ status: 401, code: "access_token_required" });

    const cookie = await signedInCookie();
    const proxied = await call("/api/proxy/test/v1/models", {
      headers: { cookie },
    });
    expect(proxied.status).toBe(200);
    // The sign-in cookie stays with the playground: the upstream gets the server's key and no cookie.
    const sent = upstream.requests.at(-1)?.headers ?? {};
    expect(sent.authorization).toBe(`Bearer ${KEY}`);
    expect(sent.cookie).toBeUndefined();
  });

  it("refuses API calls without the token in the API's envelope, and they change nothing", async () => {
    const before = rowCounts(path.join(dir, "engine.sqlite"));
    for (const url of ["/v1/responses", "/api/proxy/local/v1/responses"]) {
      const refused = await call(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: createBody,
      });
      expect(refused.status).toBe(401);
      expect(refused.headers.get("www-authenticate")).toBe(
        'Bearer realm="Responses Playground"',
      );
      expect(await refused.json()).toEqual({
        error: {
          message:
            "This playground requires its access token: send it as a bearer token (Authorization: Bearer <token>), or sign in at /access.",
          type: "invalid_request_error",
          param: null,
          code: "access_token_required",
        },
      });
    }
    const wrongKey = await call("/v1/models", {
      headers: { authorization: "Bearer sk-someone-elses-key" },
    });
    expect(wrongKey.status).toBe(401);
    expect(await wrongKey.json()).toMatchObject({
      error: {
        message: "That is not this playground's access token.",
        code: "access_token_required",
      },
    });
    // A cookie made for another token, or the token itself as the cookie, is not a sign-in.
    for (const cookie of [`${ACCESS_COOKIE}=${TOKEN}`, `${ACCESS_COOKIE}=x`]) {
      expect(
        (await call("/api/upstreams", { headers: { cookie } })).status,
      ).toBe(401);
      expect((await page("/", { cookie })).status).toBe(303);
    }
    expect(rowCounts(path.join(dir, "engine.sqlite"))).toEqual(before);
    expect(toNext).not.toContain("GET /api/upstreams");
  });

  it("signs a browser out only on a POST from this site, which clears the cookie and says so", async () => {
    const cookie = await signedInCookie();
    const signOut = (headers: Record<string, string>) =>
      call("/access/sign-out", {
        method: "POST",
        headers: { cookie, ...headers },
      });

    // Opened directly, the address asks first: a link or a prefetch signs nobody out.
    const asked = await page("/access/sign-out", { cookie });
    expect(asked.status).toBe(200);
    expect(asked.headers.get("set-cookie")).toBeNull();
    const question = await asked.text();
    expect(question).toContain(
      '<form method="post" action="/access/sign-out">',
    );
    expect(question).toContain('<a href="/">Stay signed in</a>');
    const crossSite = await signOut({ "sec-fetch-site": "cross-site" });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get("set-cookie")).toBeNull();
    expect(await crossSite.text()).toContain(
      '<p role="alert">Another site cannot sign you out of this playground.</p>',
    );
    expect((await page("/", { cookie })).status).toBe(200);

    const signedOut = await signOut({ "sec-fetch-site": "same-origin" });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get("location")).toBe("/access?signed-out");
    expect(signedOut.headers.get("set-cookie")).toBe(
      `${ACCESS_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`,
    );
    const form = await page("/access?signed-out");
    expect(await form.text()).toContain(
      '<p role="status">You have signed out.</p>',
    );
  });

  it("never answers with the token", () => {
    expect(answered.length).toBeGreaterThan(10);
    for (const answer of answered) expect(answer).not.toContain(TOKEN);
  });
});

describe("guessing the token", () => {
  const clock = { now: 1_000_000 };
  let guarded: Server;
  let guardedOrigin = "";
  const toApp: string[] = [];

  beforeAll(async () => {
    guarded = createServer(
      accessGate(
        TOKEN,
        (incoming, response) => {
          toApp.push(`${incoming.method} ${incoming.url}`);
          response.end("the app");
        },
        new GuessLimiter(() => clock.now),
      ),
    );
    await new Promise<void>((resolve) =>
      guarded.listen(0, "127.0.0.1", resolve),
    );
    guardedOrigin = `http://127.0.0.1:${(guarded.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    guarded.closeAllConnections();
    await new Promise((resolve) => guarded.close(resolve));
  });

  const guess = (token: string) =>
    fetch(`${guardedOrigin}/access`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token, next: "/responses" }).toString(),
    });

  it("makes a client that keeps sending wrong tokens wait, even with the right one, but keeps the signed-in in", async () => {
    const signedIn = await guess(TOKEN);
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0];
    for (let i = 0; i < GUESS_BURST; i++)
      expect((await guess(`wrong-token-number-${i}`)).status).toBe(401);

    const refused = await guess(TOKEN);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("set-cookie")).toBeNull();
    expect(refused.headers.get("retry-after")).toBe(
      String(GUESS_REFILL_MS / 1000),
    );
    const form = await refused.text();
    expect(form).toContain(
      `<p role="alert">Too many wrong access tokens from your address: try again in ${GUESS_REFILL_MS / 1000} s.</p>`,
    );
    expect(form).toContain('name="next" value="/responses"');

    // The SDK is told at once, not after waiting to send the same token again.
    const sdkError: unknown = await new OpenAI({
      baseURL: `${guardedOrigin}/v1`,
      apiKey: TOKEN,
    }).models
      .list()
      .catch((error: unknown) => error);
    if (!(sdkError instanceof OpenAI.RateLimitError))
      throw new Error(`The SDK did not fail on a 429: ${String(sdkError)}`);
    expect(sdkError).toMatchObject({
      type: "rate_limit_error",
      code: "access_token_attempts_exceeded",
    });
    expect(sdkError.headers?.get("x-should-retry")).toBe("false");
    const inside = await fetch(`${guardedOrigin}/responses`, {
      headers: { cookie: cookie ?? "" },
    });
    expect(await inside.text()).toBe("the app");
    expect(toApp).toEqual(["GET /responses"]);

    clock.now += GUESS_REFILL_MS;
    expect((await guess(TOKEN)).status).toBe(303);
    // The right token gives the client its whole allowance back.
    for (let i = 0; i < GUESS_BURST; i++)
      expect((await guess(`wrong-again-${i}`)).status).toBe(401);
    expect((await guess("one-more-wrong-token")).status).toBe(429);
  });
});

describe("safeReturnPath", () => {
  it("keeps a path on this server and turns anything else into /", () => {
    expect(safeReturnPath("/responses?x=1#rp1.abc")).toBe(
      "/responses?x=1#rp1.abc",
    );
    for (const unsafe of [
      null,
      "",
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example",
      "/a\r\nset-cookie: x",
      "/access?next=/",
      `/${"a".repeat(2048)}`,
    ])
      expect(safeReturnPath(unsafe)).toBe("/");
  });
});
