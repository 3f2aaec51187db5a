import OpenAI from "openai";
import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestEngine } from "./testing/engine-client";

interface ResponseList {
  object: string;
  data: ApiResponse[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

type Query = Record<string, unknown>;

// One engine per describe block, so each sees exactly the responses it made.
function listClient(client: OpenAI) {
  return (query: Query = {}) =>
    client.get<ResponseList>("/responses", { query });
}

async function listError(client: OpenAI, query: Query) {
  const error: unknown = await listClient(client)(query).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OpenAI.BadRequestError);
  if (!(error instanceof OpenAI.APIError)) throw new Error("no API error");
  return error;
}

describe("GET /v1/responses: paging and order", () => {
  const { client } = createTestEngine();
  const list = listClient(client);
  const ids: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 5; i += 1) {
      const response = await client.responses.create({
        model: "local-echo",
        input: `message ${i}`,
      });
      ids.push(response.id);
    }
  });

  it("lists in the API's list shape, newest first by default, 20 at most", async () => {
    const page = await list();
    expect(page.object).toBe("list");
    expect(page.data.map((r) => r.id)).toEqual([...ids].reverse());
    expect(page.first_id).toBe(ids[4]);
    expect(page.last_id).toBe(ids[0]);
    expect(page.has_more).toBe(false);
    expect(page.data[0]?.object).toBe("response");
    expect(page.data[0]?.status).toBe("completed");
  });

  it("pages with limit and after, in either order, without gaps or repeats", async () => {
    for (const order of ["desc", "asc"] as const) {
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      for (;;) {
        const page = await list({ limit: 2, order, after });
        seen.push(...page.data.map((r) => r.id));
        pages += 1;
        if (!page.has_more) break;
        after = page.last_id ?? undefined;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(order === "asc" ? ids : [...ids].reverse());
    }
  });

  it("answers an empty page after the last response", async () => {
    const page = await list({ after: ids[0] });
    expect(page).toEqual({
      object: "list",
      data: [],
      first_id: null,
      last_id: null,
      has_more: false,
    });
  });

  it("leaves out store:false responses and deleted ones", async () => {
    const unstored = await client.responses.create({
      model: "local-echo",
      input: "not stored",
      store: false,
    });
    const doomed = await client.responses.create({
      model: "local-echo",
      input: "deleted soon",
    });
    await client.responses.delete(doomed.id);
    const listed = (await list({ limit: 100 })).data.map((r) => r.id);
    expect(listed).not.toContain(unstored.id);
    expect(listed).not.toContain(doomed.id);
    expect(listed).toEqual([...ids].reverse());
  });
});

describe("GET /v1/responses: filters", () => {
  const { client } = createTestEngine();
  const list = listClient(client);
  const made: Record<string, ApiResponse> = {};

  beforeAll(async () => {
    made.red = await client.responses.create({
      model: "local-echo",
      input: "red",
      metadata: { color: "red", team: "a" },
    });
    made.blue = await client.responses.create({
      model: "local-echo-reasoning",
      input: "blue",
      metadata: { color: "blue", team: "a" },
    });
    made.short = await client.responses.create({
      model: "local-echo",
      input: "cut me short please, this is long enough",
      max_output_tokens: 16,
    });
  });

  const idsOf = (page: ResponseList) => page.data.map((r) => r.id);

  it("filters by model", async () => {
    expect(idsOf(await list({ model: "local-echo-reasoning" }))).toEqual([
      made.blue?.id,
    ]);
    expect(idsOf(await list({ model: "no-such-model" }))).toEqual([]);
  });

  it("filters by status", async () => {
    expect(made.short?.status).toBe("incomplete");
    expect(idsOf(await list({ status: "incomplete" }))).toEqual([
      made.short?.id,
    ]);
    expect(idsOf(await list({ status: "completed" }))).toEqual([
      made.blue?.id,
      made.red?.id,
    ]);
  });

  it("filters by every metadata[key]=value pair given", async () => {
    expect(idsOf(await list({ metadata: { team: "a" } }))).toEqual([
      made.blue?.id,
      made.red?.id,
    ]);
    expect(
      idsOf(await list({ metadata: { team: "a", color: "red" } })),
    ).toEqual([made.red?.id]);
    expect(idsOf(await list({ metadata: { color: "green" } }))).toEqual([]);
  });

  it("pages a filtered list", async () => {
    const first = await list({ metadata: { team: "a" }, limit: 1 });
    expect(idsOf(first)).toEqual([made.blue?.id]);
    expect(first.has_more).toBe(true);
    const second = await list({
      metadata: { team: "a" },
      limit: 1,
      after: first.last_id,
    });
    expect(idsOf(second)).toEqual([made.red?.id]);
    expect(second.has_more).toBe(false);
  });
});

describe("GET /v1/responses: validation", () => {
  const { client } = createTestEngine();

  it.each([
    [{ limit: 0 }, "limit"],
    [{ limit: 101 }, "limit"],
    [{ limit: "ten" }, "limit"],
    [{ order: "newest" }, "order"],
    [{ status: "done" }, "status"],
    [{ model: "" }, "model"],
    [{ after: "" }, "after"],
    [{ colour: "red" }, "colour"],
    [{ after: "resp_unknown" }, "after"],
    [{ metadata: { ["k".repeat(65)]: "v" } }, `metadata.${"k".repeat(65)}`],
  ])("rejects %j naming %s", async (query, param) => {
    const error = await listError(client, query);
    expect(error.status).toBe(400);
    expect(error.type).toBe("invalid_request_error");
    expect(error.param).toBe(param);
    expect(error.message).toEqual(expect.any(String));
  });
});
