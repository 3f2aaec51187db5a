import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import {
  createTestEngine,
  postJson,
  readErrorEnvelope,
} from "./testing/engine-client";

const te = createTestEngine();
const { client } = te;

/** Sends a create body and returns status, request id and the error envelope. */
async function createError(body: unknown) {
  const res = await postJson(te, "/v1/responses", body);
  expect(res.status).toBeLessThan(500);
  expect(res.headers.get("x-request-id")).toBeTruthy();
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return { status: res.status, error: await readErrorEnvelope(res) };
}

describe("request validation (400, never 5xx)", () => {
  it("malformed JSON", async () => {
    const { status, error } = await createError(
      '{"model": "local-echo", "input": ',
    );
    expect(status).toBe(400);
    expect(error.type).toBe("invalid_request_error");
    expect(error.param).toBeNull();
  });

  it("a body that is not an object", async () => {
    const { status, error } = await createError("[1, 2, 3]");
    expect(status).toBe(400);
    expect(error.type).toBe("invalid_request_error");
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      "an unknown top-level parameter names it",
      { frobnicate: true },
      "frobnicate",
      "unknown_parameter",
    ],
    [
      "a parameter of the wrong type names it",
      { temperature: "hot" },
      "temperature",
      "invalid_type",
    ],
  ])("%s", async (_name, extra, param, code) => {
    const { status, error } = await createError({
      model: "local-echo",
      input: "x",
      ...extra,
    });
    expect(status).toBe(400);
    expect(error.type).toBe("invalid_request_error");
    expect(error.param).toBe(param);
    expect(error.code).toBe(code);
  });

  it("the SDK surfaces a validation error as BadRequestError with param and request id", async () => {
    const error: unknown = await client.responses
      .create({ model: "local-echo", input: "x", temperature: 9 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    if (!(error instanceof OpenAI.APIError)) return;
    expect(error.param).toBe("temperature");
    expect(error.type).toBe("invalid_request_error");
    expect(error.requestID).toBeTruthy();
  });

  it("a missing model names model", async () => {
    const { status, error } = await createError({ input: "x" });
    expect(status).toBe(400);
    expect(error.type).toBe("invalid_request_error");
    expect(error.param).toBe("model");
  });

  it("input of the wrong shape names input", async () => {
    const { status, error } = await createError({
      model: "local-echo",
      input: 42,
    });
    expect(status).toBe(400);
    expect(String(error.param)).toMatch(/^input/);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["top_logprobs above 20", { top_logprobs: 21 }, "top_logprobs"],
    [
      "an unknown reasoning effort",
      { reasoning: { effort: "extreme" } },
      "reasoning.effort",
    ],
  ])("%s", async (_name, extra, param) => {
    const { status, error } = await createError({
      model: "local-echo",
      input: "x",
      ...extra,
    });
    expect(status).toBe(400);
    expect(error.param).toBe(param);
  });

  it("tool_choice naming a function that is not in tools", async () => {
    const { status, error } = await createError({
      model: "local-echo",
      input: "x",
      tools: [
        {
          type: "function",
          name: "a",
          parameters: { type: "object", properties: {} },
          strict: false,
        },
      ],
      tool_choice: { type: "function", name: "b" },
    });
    expect(status).toBe(400);
    expect(String(error.param)).toMatch(/^tool_choice/);
  });

  const metadataCases: Array<[string, Record<string, string>, string]> = [
    [
      "17 keys",
      Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, "v"])),
      "metadata",
    ],
    [
      "a 65-character key",
      { ["k".repeat(65)]: "v" },
      `metadata.${"k".repeat(65)}`,
    ],
    ["a 513-character value", { k: "v".repeat(513) }, "metadata.k"],
  ];
  it.each(metadataCases)("metadata with %s", async (_name, metadata, param) => {
    const { status, error } = await createError({
      model: "local-echo",
      input: "x",
      metadata,
    });
    expect(status).toBe(400);
    expect(error.type).toBe("invalid_request_error");
    expect(error.param).toBe(param);
  });

  it("metadata at the limits is accepted", async () => {
    const metadata = Object.fromEntries(
      Array.from({ length: 16 }, (_, i) => [
        `${i}`.padEnd(64, "k"),
        "v".repeat(512),
      ]),
    );
    const response = await client.responses.create({
      model: "local-echo",
      input: "x",
      metadata,
    });
    expect(response.metadata).toEqual(metadata);
  });

  it("previous_response_id together with conversation", async () => {
    const first = await client.responses.create({
      model: "local-echo",
      input: "one",
    });
    const conv = await client.conversations.create();
    const { status, error } = await createError({
      model: "local-echo",
      input: "x",
      previous_response_id: first.id,
      conversation: conv.id,
    });
    expect(status).toBe(400);
    expect(error.type).toBe("invalid_request_error");
    expect(error.code).toBe("mutually_exclusive_parameters");
  });

  it("conversation metadata is validated too", async () => {
    const res = await postJson(te, "/v1/conversations", {
      metadata: Object.fromEntries(
        Array.from({ length: 17 }, (_, i) => [`k${i}`, "v"]),
      ),
    });
    expect(res.status).toBe(400);
    const error = await readErrorEnvelope(res);
    expect(error.param).toBe("metadata");
  });
});

describe("not found", () => {
  it("an unknown response id is a 404 in the envelope", async () => {
    const res = await te.engineFetch("/v1/responses/resp_doesnotexist");
    expect(res.status).toBe(404);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    const error = await readErrorEnvelope(res);
    expect(error.type).toBe("invalid_request_error");
    await expect(
      client.responses.retrieve("resp_doesnotexist"),
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it("deleting an unknown response is a 404", async () => {
    const res = await te.engineFetch("/v1/responses/resp_doesnotexist", {
      method: "DELETE",
    });
    expect(res.status).toBe(404);
    await readErrorEnvelope(res);
  });

  it("an unknown route is a 404 in the envelope", async () => {
    const res = await te.engineFetch("/v1/definitely/not/a/route");
    expect(res.status).toBe(404);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    await readErrorEnvelope(res);
  });

  it("a wrong method is a 404 or 405 in the envelope", async () => {
    const res = await te.engineFetch("/v1/responses", {
      method: "PUT",
      body: "{}",
    });
    expect([404, 405]).toContain(res.status);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    await readErrorEnvelope(res);
  });

  it("GET /v1/responses/input_tokens is not a retrieve of a response called input_tokens", async () => {
    const res = await te.engineFetch("/v1/responses/input_tokens");
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    await readErrorEnvelope(res);
  });
});

describe("request ids", () => {
  it("successful answers carry x-request-id too, unique per request", async () => {
    const a = await postJson(te, "/v1/responses", {
      model: "local-echo",
      input: "id one",
    });
    const b = await postJson(te, "/v1/responses", {
      model: "local-echo",
      input: "id two",
    });
    expect(a.status).toBe(200);
    const idA = a.headers.get("x-request-id");
    const idB = b.headers.get("x-request-id");
    expect(idA).toBeTruthy();
    expect(idA).not.toBe(idB);
  });
});
