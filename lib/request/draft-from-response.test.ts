import { describe, expect, it } from "vitest";
import { createTestEngine } from "@/lib/engine/testing/engine-client";
import { buildRequest } from "./build-request";
import { draftFromResponse, ownInputItems } from "./draft-from-response";
import { defaultDraft } from "./draft";

const { client } = createTestEngine();

const weatherTool = {
  type: "function" as const,
  name: "get_weather",
  description: "Current weather for a city.",
  parameters: {
    type: "object",
    properties: { city: { type: "string" } },
    required: ["city"],
    additionalProperties: false,
  },
  strict: true,
};

async function forkOf(params: Parameters<typeof client.responses.create>[0]) {
  const response = await client.responses.create({
    ...params,
    stream: false,
  });
  const listed = async (id: string) =>
    (await client.responses.inputItems.list(id, { order: "asc" })).data;
  const previous = params.previous_response_id;
  const items = previous
    ? ownInputItems(await listed(response.id), [
        ...(await listed(previous)),
        ...(await client.responses.retrieve(previous)).output,
      ])
    : await listed(response.id);
  return {
    response,
    fork: draftFromResponse(response, items, "local", {
      ...defaultDraft(),
      stream: false,
    }),
  };
}

describe("draftFromResponse", () => {
  it("maps every parameter the Response echoes into the draft", async () => {
    const { fork } = await forkOf({
      model: "local-echo",
      instructions: "Answer in French.",
      input: [
        { role: "developer", content: "Be terse." },
        { role: "user", content: "Weather in Paris?" },
      ],
      tools: [weatherTool],
      tool_choice: { type: "function", name: "get_weather" },
      parallel_tool_calls: false,
      temperature: 0.5,
      top_p: 0.9,
      max_output_tokens: 300,
      metadata: { team: "docs" },
      text: {
        format: {
          type: "json_schema",
          name: "answer",
          schema: {
            type: "object",
            properties: { a: { type: "string" } },
            required: ["a"],
            additionalProperties: false,
          },
          strict: true,
        },
      },
    });
    const { draft } = fork;
    expect(fork.leftOut).toEqual([]);
    expect(fork.previousResponseId).toBeNull();
    expect(draft).toMatchObject({
      upstream: "local",
      model: "local-echo",
      instructions: "Answer in French.",
      temperature: 0.5,
      top_p: 0.9,
      max_output_tokens: 300,
      store: true,
      stream: false,
      background: false,
      toolChoice: { type: "function", name: "get_weather" },
      parallelToolCalls: false,
      metadata: [{ key: "team", value: "docs" }],
      textFormat: { type: "json_schema", name: "answer", strict: true },
    });
    expect(draft.messages.map(({ role, text }) => ({ role, text }))).toEqual([
      { role: "developer", text: "Be terse." },
      { role: "user", text: "Weather in Paris?" },
    ]);
    expect(draft.tools).toHaveLength(1);
    expect(draft.tools[0]).toMatchObject({
      name: "get_weather",
      description: "Current weather for a city.",
      strict: true,
    });
    const forked = draft.tools[0];
    expect(forked?.type).toBe("function");
    expect(
      JSON.parse(forked?.type === "function" ? forked.parametersJson : ""),
    ).toEqual(weatherTool.parameters);
  });

  it("resends the same request: the rebuilt body matches the original's parameters", async () => {
    const { fork } = await forkOf({
      model: "local-echo",
      input: "Hello there",
      tools: [weatherTool],
      tool_choice: "required",
    });
    const { body, problems } = buildRequest(fork.draft);
    expect(problems).toEqual([]);
    expect(body).toMatchObject({
      model: "local-echo",
      input: [{ role: "user", content: "Hello there" }],
      tools: [weatherTool],
      tool_choice: "required",
    });
  });

  it("carries custom tools with their grammars, and a choice naming one, and the fork can be sent again", async () => {
    const { response, fork } = await forkOf({
      model: "local-echo",
      input: "Save it",
      tools: [
        { type: "custom", name: "notes", description: "Saves a note" },
        {
          type: "custom",
          name: "timestamp",
          format: { type: "grammar", syntax: "regex", definition: "\\d{4}" },
        },
      ],
      tool_choice: { type: "custom", name: "timestamp" },
    });
    expect(fork.leftOut).toEqual([]);
    expect(fork.draft.tools).toMatchObject([
      {
        type: "custom",
        name: "notes",
        description: "Saves a note",
        format: "text",
      },
      {
        type: "custom",
        name: "timestamp",
        format: "grammar",
        syntax: "regex",
        definition: "\\d{4}",
      },
    ]);
    expect(fork.draft.toolChoice).toEqual({
      type: "custom",
      name: "timestamp",
    });
    const { body, problems } = buildRequest(fork.draft, {
      previousResponseId: null,
      history: [],
    });
    expect(problems).toEqual([]);
    expect(body.tools).toMatchObject(response.tools);
    const again = await client.responses.create({ ...body, stream: false });
    expect(again.output).toMatchObject([
      { type: "custom_tool_call", input: "0000" },
    ]);
  });

  it("keeps the chain and the tool output it answered with, and the fork can be sent again", async () => {
    const first = await client.responses.create({
      model: "local-echo",
      input: "weather in Paris?",
      tools: [weatherTool],
      tool_choice: "required",
    });
    const call = first.output.find((item) => item.type === "function_call");
    const callId = call?.type === "function_call" ? call.call_id : "";
    const { fork } = await forkOf({
      model: "local-echo",
      previous_response_id: first.id,
      input: [
        { type: "function_call_output", call_id: callId, output: "sunny" },
        { role: "user", content: "and tomorrow?" },
      ],
    });
    expect(fork.previousResponseId).toBe(first.id);
    expect(fork.leftOut).toEqual([]);
    expect(
      fork.draft.items.map((item): unknown => JSON.parse(item.json)),
    ).toEqual([
      expect.objectContaining({
        type: "function_call_output",
        call_id: callId,
        output: "sunny",
      }),
    ]);
    expect(fork.draft.messages.map((m) => m.text)).toEqual(["and tomorrow?"]);
    // Without the output the API would refuse the message after the call.
    const { body, problems } = buildRequest(fork.draft, {
      previousResponseId: fork.previousResponseId,
      history: [],
    });
    expect(problems).toEqual([]);
    const again = await client.responses.create({ ...body, stream: false });
    expect(again.status).toBe("completed");
  });

  it("keeps the request's order: a message before an item it cannot hold goes as a JSON item too", async () => {
    const { fork } = await forkOf({
      model: "local-echo",
      input: [
        { role: "user", content: "first" },
        {
          type: "function_call",
          call_id: "call_1",
          name: "f",
          arguments: "{}",
        },
        { type: "function_call_output", call_id: "call_1", output: "done" },
        { role: "user", content: "last" },
      ],
    });
    expect(
      fork.draft.items.map(
        (item) => (JSON.parse(item.json) as { type: string }).type,
      ),
    ).toEqual(["message", "function_call", "function_call_output"]);
    expect(fork.draft.messages.map((m) => m.text)).toEqual(["last"]);
    const { body } = buildRequest(fork.draft);
    expect(
      (body.input as { type?: string; role?: string }[]).map(
        (item) => item.type ?? item.role,
      ),
    ).toEqual(["message", "function_call", "function_call_output", "user"]);
  });

  it("forks a function sent without strict and a loose schema as not strict, so it can be sent again", async () => {
    const loose = {
      type: "function" as const,
      name: "lookup",
      parameters: { type: "object", properties: { q: { type: "string" } } },
    };
    const { response, fork } = await forkOf({
      model: "local-echo",
      input: "Hi",
      tools: [loose as unknown as typeof weatherTool],
    });
    // The server echoes it as strict all the same.
    expect(response.tools[0]).toMatchObject({ strict: true });
    expect(fork.draft.tools[0]).toMatchObject({
      name: "lookup",
      strict: false,
    });
    const { body } = buildRequest(fork.draft);
    const again = await client.responses.create({ ...body, stream: false });
    expect(again.status).toBe("completed");
  });
});
