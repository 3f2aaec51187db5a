import { beforeAll, describe, expect, it } from "vitest";
import {
  createTestEngine,
  postJson,
  readErrorEnvelope,
} from "./testing/engine-client";
import { rowCounts } from "./testing/row-counts";

const te = createTestEngine();
let conversationId = "";

beforeAll(async () => {
  const conversation = await te.client.conversations.create({
    items: [{ type: "message", role: "user", content: "kept" }],
  });
  conversationId = conversation.id;
});

const base = { model: "local-echo", input: "hi" };

/** A JSON schema nested `depth` levels deep, as text: JSON.stringify itself overflows on such depths. */
function nestedSchemaText(depth: number): string {
  return (
    '{"type":"object","properties":{"a":'.repeat(depth) +
    '{"type":"string"}' +
    "}}".repeat(depth)
  );
}

const tool = (i: number) => ({
  type: "function",
  name: `f${i}`,
  parameters: { type: "object", properties: {} },
});

/** The examples: body, then the status, code, param and message the real API would answer. */
const cases: Array<
  [
    string,
    Record<string, unknown>,
    number,
    string | null,
    string | null,
    RegExp,
  ]
> = [
  [
    "an unknown key in text",
    { ...base, text: { foo: 1 } },
    400,
    "unknown_parameter",
    "text.foo",
    /^Unknown parameter: 'text\.foo'\.$/,
  ],
  [
    "an unknown key on a message",
    { ...base, input: [{ role: "user", content: "hi", foo: 1 }] },
    400,
    "unknown_parameter",
    "input[0].foo",
    /^Unknown parameter: 'input\[0\]\.foo'\.$/,
  ],
  [
    "an unknown key in conversation",
    { ...base, conversation: { id: "conv_x", foo: 1 } },
    400,
    "unknown_parameter",
    "conversation.foo",
    /^Unknown parameter: 'conversation\.foo'\.$/,
  ],
  [
    "an unknown key in a content part",
    {
      ...base,
      input: [
        { role: "user", content: [{ type: "input_text", text: "x", bar: 1 }] },
      ],
    },
    400,
    "unknown_parameter",
    "input[0].content[0].bar",
    /^Unknown parameter/,
  ],
  [
    "a near-miss enum with a trailing space",
    { ...base, reasoning: { effort: "low " } },
    400,
    "invalid_value",
    "reasoning.effort",
    /^Invalid value: 'low '\. Supported values are: 'none', .*'low', .*\.$/,
  ],
  [
    "a near-miss tool type",
    { ...base, tools: [{ type: "functio", name: "f" }] },
    400,
    "invalid_value",
    "tools[0].type",
    /^Invalid value: 'functio'\. Supported values are: 'function', /,
  ],
  [
    "a temperature above 2",
    { ...base, temperature: 5 },
    400,
    "decimal_above_max_value",
    "temperature",
    /^Invalid 'temperature': decimal above maximum value\. Expected a value <= 2, but got 5 instead\.$/,
  ],
  [
    "max_output_tokens below 16",
    { ...base, max_output_tokens: 1 },
    400,
    "integer_below_min_value",
    "max_output_tokens",
    /^Invalid 'max_output_tokens': integer below minimum value\. Expected a value >= 16, but got 1 instead\.$/,
  ],
  ...[false, undefined].map((stream): (typeof cases)[number] => [
    `stream_options with stream ${String(stream)}`,
    { ...base, stream, stream_options: { include_obfuscation: false } },
    400,
    null,
    "stream_options",
    /^The 'stream_options' parameter is only allowed when 'stream' is enabled\.$/,
  ]),
  [
    "max_tool_calls below 1",
    { ...base, max_tool_calls: 0 },
    400,
    "integer_below_min_value",
    "max_tool_calls",
    /^Invalid 'max_tool_calls': integer below minimum value\. Expected a value >= 1, but got 0 instead\.$/,
  ],
  [
    "an empty call_id",
    {
      ...base,
      input: [{ type: "function_call_output", call_id: "", output: "x" }],
    },
    400,
    "empty_string",
    "input[0].call_id",
    /^Invalid 'input\[0\]\.call_id': empty string\. Expected a string with minimum length 1, but got an empty string instead\.$/,
  ],
  ...(["model", "previous_response_id"] as const).map(
    (key): (typeof cases)[number] => [
      `an empty ${key}`,
      { ...base, [key]: "" },
      400,
      "empty_string",
      key,
      new RegExp(
        `^Invalid '${key}': empty string\\. Expected a string with minimum length 1, but got an empty string instead\\.$`,
      ),
    ],
  ),
  [
    "an empty conversation id",
    { ...base, conversation: { id: "" } },
    400,
    "empty_string",
    "conversation.id",
    /^Invalid 'conversation\.id': empty string\./,
  ],
  [
    "content of the wrong type",
    { ...base, input: [{ role: "user", content: 5 }] },
    400,
    "invalid_type",
    "input[0].content",
    /^Invalid type for 'input\[0\]\.content': expected one of a string or an array, but got an integer instead\.$/,
  ],
  [
    "a function_call_output whose output is an object",
    {
      ...base,
      input: [
        { type: "function_call_output", call_id: "c1", output: { a: 1 } },
      ],
    },
    400,
    "invalid_type",
    "input[0].output",
    /^Invalid type for 'input\[0\]\.output'/,
  ],
  [
    "a missing model",
    { input: "hi" },
    400,
    "missing_required_parameter",
    "model",
    /^Missing required parameter: 'model'\.$/,
  ],
  [
    "a strict function tool without additionalProperties: false",
    {
      ...base,
      tools: [
        {
          type: "function",
          name: "f",
          strict: true,
          parameters: {
            type: "object",
            properties: { a: { type: "string" } },
            required: ["a"],
            additionalProperties: true,
          },
        },
      ],
    },
    400,
    "invalid_function_parameters",
    "tools[0].parameters",
    /^Invalid schema for function 'f': In context=\(\), 'additionalProperties' is required to be supplied and to be false\.$/,
  ],
  [
    "a strict function tool that leaves a property out of required",
    {
      ...base,
      tools: [
        {
          type: "function",
          name: "f",
          strict: true,
          parameters: {
            type: "object",
            properties: { a: { type: "string" }, b: { type: "string" } },
            required: ["a"],
            additionalProperties: false,
          },
        },
      ],
    },
    400,
    "invalid_function_parameters",
    "tools[0].parameters",
    /Missing 'b'\.$/,
  ],
  [
    "an unknown prompt id",
    { ...base, prompt: { id: "pmpt_nope" } },
    404,
    null,
    "prompt.id",
    /^Prompt with id 'pmpt_nope' not found\.$/,
  ],
  [
    "200 tools",
    { ...base, tools: Array.from({ length: 200 }, (_, i) => tool(i)) },
    400,
    "array_above_max_length",
    "tools",
    /^Invalid 'tools': array too long\. Expected an array with maximum length 128, but got an array with length 200 instead\.$/,
  ],
];

describe("the issue's examples answer as the real API does, and change nothing", () => {
  it.each(cases)("%s", async (_name, body, status, code, param, message) => {
    const before = rowCounts(te.dbPath);
    const res = await postJson(te, "/v1/responses", {
      ...body,
      conversation: body.conversation ?? conversationId,
    });
    expect(res.status).toBe(status);
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    const error = await readErrorEnvelope(res);
    expect(error.type).toBe("invalid_request_error");
    expect(error.code).toBe(code);
    if (param !== null) expect(error.param).toBe(param);
    expect(error.message).toMatch(message);
    expect(rowCounts(te.dbPath)).toEqual(before);
  });

  it("a function schema nested 10,000 levels deep is a 400", async () => {
    const before = rowCounts(te.dbPath);
    const res = await postJson(
      te,
      "/v1/responses",
      `{"model":"local-echo","input":"hi","tools":[{"type":"function","name":"f","parameters":${nestedSchemaText(10_000)}}]}`,
    );
    expect(res.status).toBe(400);
    const error = await readErrorEnvelope(res);
    expect(error.code).toBe("nesting_too_deep");
    expect(error.message).toMatch(
      /^Invalid 'tools\[0\]\.parameters(\.\w+)+': the JSON nests deeper than 64 levels\.$/,
    );
    expect(rowCounts(te.dbPath)).toEqual(before);
  });

  it("a value nested too deep is named by every key and index on its way", async () => {
    // Levels 0–3 are the body, `tools`, its first tool and `parameters`; each `{"a":[…]}` adds two.
    const pairs = 40;
    const res = await postJson(
      te,
      "/v1/responses",
      `{"model":"local-echo","input":"hi","tools":[{"type":"function","name":"f","parameters":${'{"a":['.repeat(pairs)}{}${"]}".repeat(pairs)}}]}`,
    );
    expect(res.status).toBe(400);
    const error = await readErrorEnvelope(res);
    // The first object 64 levels deep: 30 pairs of `.a[0]` below `parameters`, then `.a`.
    const path = `tools[0].parameters${".a[0]".repeat(30)}.a`;
    expect(error.param).toBe(path);
    expect(error.message).toBe(
      `Invalid '${path}': the JSON nests deeper than 64 levels.`,
    );
  });

  it("a rejected request adds no item to an existing conversation", async () => {
    const before = await te.client.conversations.items.list(conversationId);
    const res = await postJson(te, "/v1/responses", {
      model: "local-echo",
      conversation: conversationId,
      input: [{ role: "user", content: "lost" }, { type: "nope" }],
    });
    expect(res.status).toBe(400);
    const after = await te.client.conversations.items.list(conversationId);
    expect(after.data).toEqual(before.data);
  });

  it("a 25 MB input is refused with 413 while it streams in", async () => {
    const chunk = new TextEncoder().encode("a".repeat(1024 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode('{"model":"local-echo","input":"'),
        );
      },
      pull(controller) {
        if (sent >= 25) {
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
          return;
        }
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const before = rowCounts(te.dbPath);
    const res = await te.engineFetch("/v1/responses", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await readErrorEnvelope(res)).code).toBe("request_too_large");
    // The engine stopped reading before the end: the rest was never pulled.
    expect(sent).toBeLessThan(25);
    expect(rowCounts(te.dbPath)).toEqual(before);
  });

  it.each([
    ["limit=0x10", "invalid_type", "limit"],
    ["limit=0", "integer_below_min_value", "limit"],
    ["limit=101", "integer_above_max_value", "limit"],
    ["order=asc%20", "invalid_value", "order"],
    ["frob=1", "unknown_parameter", "frob"],
    ["after=", "empty_string", "after"],
  ])("the query %s is a 400", async (query, code, param) => {
    const res = await te.engineFetch(
      `/v1/conversations/${conversationId}/items?${query}`,
    );
    expect(res.status).toBe(400);
    const error = await readErrorEnvelope(res);
    expect(error.code).toBe(code);
    expect(error.param).toBe(param);
  });

  it.each([
    ["/v1/responses/input_tokens", { model: "", input: "hi" }, "model"],
    ["/v1/responses/compact", { model: "", input: "hi" }, "model"],
    [
      "/v1/responses/input_tokens",
      { model: "local-echo", previous_response_id: "" },
      "previous_response_id",
    ],
    [
      "/v1/responses/compact",
      { model: "local-echo", previous_response_id: "" },
      "previous_response_id",
    ],
  ])("%s refuses %j in the API's words", async (path, body, param) => {
    const error = await readErrorEnvelope(await postJson(te, path, body));
    expect(error).toMatchObject({ param, code: "empty_string" });
    expect(error.message).toBe(
      `Invalid '${param}': empty string. Expected a string with minimum length 1, but got an empty string instead.`,
    );
  });

  it("names two supported values as the API does, with 'and' alone", async () => {
    const res = await te.engineFetch(
      `/v1/conversations/${conversationId}/items?order=up`,
    );
    expect((await readErrorEnvelope(res)).message).toBe(
      "Invalid value: 'up'. Supported values are: 'asc' and 'desc'.",
    );
  });

  it.each(["/v1/responses/%E0%A4%A", "/v1/conversations/%zz/items"])(
    "an invalid percent escape in %s is a 404 in the envelope",
    async (path) => {
      const res = await te.engineFetch(path);
      expect(res.status).toBe(404);
      expect((await readErrorEnvelope(res)).code).toBe("unknown_url");
    },
  );

  it("a valid request with the same conversation still works", async () => {
    const response = await te.client.responses.create({
      model: "local-echo",
      input: "fine",
      conversation: conversationId,
    });
    expect(response.status).toBe("completed");
  });
});

describe("what the real API accepts", () => {
  it("takes an assistant message sent back without annotations or logprobs", async () => {
    const response = await te.client.responses.create({
      model: "local-echo",
      input: [
        {
          type: "message",
          role: "assistant",
          id: "msg_earlier",
          status: "completed",
          content: [{ type: "output_text", text: "Earlier answer." }],
        },
        { role: "user", content: "and now?" },
      ] as never,
    });
    expect(response.status).toBe("completed");
  });
});

describe("strict function tools", () => {
  it("takes a schema without additionalProperties, which the API adds as false", async () => {
    const response = await te.client.responses.create({
      model: "local-echo",
      input: "call get_weather city=Paris",
      tools: [
        {
          type: "function",
          name: "get_weather",
          strict: true,
          parameters: {
            type: "object",
            properties: { city: { type: "string" } },
            required: ["city"],
          },
        },
      ],
    });
    expect(response.output.some((item) => item.type === "function_call")).toBe(
      true,
    );
  });
});
