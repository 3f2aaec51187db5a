import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createTestEngine,
  postJson,
  type TestEngine,
} from "./testing/engine-client";
import {
  fuzzParameters,
  mutated,
  oddRequest,
  validCreateBody,
  type FuzzRequest,
} from "./testing/fuzz-requests";
import { rowCounts } from "./testing/row-counts";

const te: TestEngine = createTestEngine();
const runs = fuzzParameters(40);
/** A request taking longer than this counts as a hang. */
const hangMs = 10_000;
/** The whole run's budget: generous per case, so a long `npm run fuzz` is never cut short. */
const budget = 60_000 + runs.numRuns * 1_000;

beforeAll(async () => {
  await te.client.conversations.create({
    items: [{ type: "message", role: "user", content: "seed" }],
  });
  await te.client.responses.create({ model: "local-echo", input: "seed" });
});

/** Sends one request and checks the contract: a 2xx, or a 4xx in the envelope that stored nothing. */
async function expectContract(request: FuzzRequest): Promise<void> {
  const before = rowCounts(te.dbPath);
  const init: RequestInit = { method: request.method };
  if (request.body !== undefined && request.method !== "GET")
    init.body =
      typeof request.body === "string"
        ? request.body
        : JSON.stringify(request.body);
  const res = await te.engineFetch(request.path, {
    ...init,
    headers: { "content-type": "application/json" },
  });
  const text = await res.text();
  expect(res.status, text).toBeLessThan(500);
  if (res.status >= 400) {
    const envelope = JSON.parse(text) as {
      error: { message: unknown; type: unknown };
    };
    expect(typeof envelope.error.message).toBe("string");
    expect(envelope.error.type).toMatch(/_error$/);
    expect(rowCounts(te.dbPath)).toEqual(before);
  }
}

async function expectHealthy(): Promise<void> {
  expect((await te.engineFetch("/v1/models")).status).toBe(200);
  const response = await te.client.responses.create({
    model: "local-echo",
    input: "still here",
  });
  expect(response.status).toBe("completed");
}

describe("fuzz: no input gets a 5xx, a hang or a change of state", () => {
  it(
    "mutated create bodies",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          validCreateBody.chain((body) => mutated(body)),
          (body) =>
            expectContract({ method: "POST", path: "/v1/responses", body }),
        ),
        { ...runs, timeout: hangMs },
      );
      await expectHealthy();
    },
    budget,
  );

  it(
    "odd paths, methods, queries and bodies",
    async () => {
      await fc.assert(fc.asyncProperty(oddRequest, expectContract), {
        ...runs,
        timeout: hangMs,
      });
      await expectHealthy();
    },
    budget,
  );

  it(
    "mutated conversation items",
    async () => {
      const conversation = await te.client.conversations.create({});
      await fc.assert(
        fc.asyncProperty(
          validCreateBody.chain((body) =>
            mutated({ items: Array.isArray(body.input) ? body.input : [] }),
          ),
          (body) =>
            expectContract({
              method: "POST",
              path: `/v1/conversations/${conversation.id}/items`,
              body,
            }),
        ),
        { ...runs, timeout: hangMs },
      );
      const res = await postJson(te, "/v1/conversations", {});
      expect(res.status).toBe(200);
    },
    budget,
  );
});
