import type {
  ResponseStreamEvent,
  Tool,
} from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { PLAYBACK_NAMES } from "./model/playback/plan-playback";
import {
  accumulate,
  createTestEngine,
  messageText,
  postJson,
  streamEvents,
} from "./testing/engine-client";
import { expectWellFormedStream } from "./testing/stream-assertions";

const te = createTestEngine();
const { client } = te;

/** The event types (besides lifecycle and output_item) each example must send, as the SDK defines them. */
const expectedEvents: Record<string, string[]> = {
  web_search: [
    "response.web_search_call.in_progress",
    "response.web_search_call.searching",
    "response.web_search_call.completed",
    "response.output_text.annotation.added",
  ],
  file_search: [
    "response.file_search_call.in_progress",
    "response.file_search_call.searching",
    "response.file_search_call.completed",
    "response.output_text.annotation.added",
  ],
  code_interpreter: [
    "response.code_interpreter_call.in_progress",
    "response.code_interpreter_call_code.delta",
    "response.code_interpreter_call_code.done",
    "response.code_interpreter_call.interpreting",
    "response.code_interpreter_call.completed",
    "response.output_text.annotation.added",
  ],
  image_generation: [
    "response.image_generation_call.in_progress",
    "response.image_generation_call.generating",
    "response.image_generation_call.partial_image",
    "response.image_generation_call.completed",
  ],
  mcp: [
    "response.mcp_list_tools.in_progress",
    "response.mcp_list_tools.completed",
    "response.mcp_call.in_progress",
    "response.mcp_call_arguments.delta",
    "response.mcp_call_arguments.done",
    "response.mcp_call.completed",
  ],
  shell: [
    "response.shell_call_command.added",
    "response.shell_call_command.delta",
    "response.shell_call_command.done",
    "response.shell_call_output_content.delta",
    "response.shell_call_output_content.done",
  ],
  computer_use: [],
  local_shell: [],
  apply_patch: [],
  custom: [
    "response.custom_tool_call_input.delta",
    "response.custom_tool_call_input.done",
  ],
  mcp_approval: [
    "response.mcp_list_tools.in_progress",
    "response.mcp_list_tools.completed",
  ],
};

const expectedItems: Record<string, string[]> = {
  web_search: ["web_search_call", "message"],
  file_search: ["file_search_call", "message"],
  code_interpreter: ["code_interpreter_call", "message"],
  image_generation: ["image_generation_call"],
  mcp: ["mcp_list_tools", "mcp_call", "message"],
  shell: ["shell_call", "shell_call_output", "message"],
  computer_use: ["computer_call"],
  local_shell: ["local_shell_call"],
  apply_patch: ["apply_patch_call"],
  custom: ["custom_tool_call"],
  mcp_approval: ["mcp_list_tools", "mcp_approval_request"],
};

/** Streams a playback, checks it with the SDK's strict accumulator and against the stored response. */
async function playBack(input: string, tools: Tool[] = []) {
  const events = await streamEvents(client, { input, tools });
  const terminal = expectWellFormedStream(events);
  const accumulated = accumulate(events);
  expect(accumulated.status).toBe("completed");
  expect(accumulated.output).toEqual(terminal.output);
  const stored = await client.responses.retrieve(terminal.id);
  expect(stored.output).toEqual(accumulated.output);
  expect(stored.usage).toEqual(accumulated.usage);
  return { events, response: stored };
}

function types(events: ResponseStreamEvent[]): Set<string> {
  return new Set(events.map((event) => event.type));
}

describe("/playback", () => {
  it("covers every example name", () => {
    expect(Object.keys(expectedItems).sort()).toEqual(
      [...PLAYBACK_NAMES].sort(),
    );
  });

  it.each(PLAYBACK_NAMES)(
    "%s follows the protocol and is stored as streamed",
    async (name) => {
      const { events, response } = await playBack(`/playback ${name}`);
      expect(response.output.map((item) => item.type)).toEqual(
        expectedItems[name],
      );
      const seen = types(events);
      for (const type of expectedEvents[name] ?? [])
        expect(seen, `${name} sends ${type}`).toContain(type);
      for (const item of response.output)
        if ("status" in item)
          expect(["completed", undefined]).toContain(item.status);
    },
  );

  it("all plays every example in one response, the approval request last", async () => {
    const { response } = await playBack("Show me /playback all");
    expect(response.output.map((item) => item.type)).toEqual(
      PLAYBACK_NAMES.flatMap((name) => expectedItems[name] ?? []),
    );
  });

  it("labels its messages as playback and cites with valid spans", async () => {
    const { response } = await playBack("/playback web_search");
    const message = response.output.find((item) => item.type === "message");
    const part = message?.type === "message" ? message.content[0] : undefined;
    if (part?.type !== "output_text") throw new Error("no text part");
    expect(part.text).toMatch(/^Playback example \(web_search\)/);
    expect(part.annotations).toHaveLength(2);
    for (const annotation of part.annotations) {
      if (annotation.type !== "url_citation") throw new Error("not a url");
      expect(
        part.text.slice(annotation.start_index, annotation.end_index),
      ).toBe(annotation.title);
    }
  });

  it("sends real PNG partial images, as many as the tool's partial_images", async () => {
    const { events, response } = await playBack("/playback image_generation", [
      { type: "image_generation", partial_images: 3 },
    ]);
    const partials = events.filter(
      (event) => event.type === "response.image_generation_call.partial_image",
    );
    expect(partials.map((event) => event.partial_image_index)).toEqual([
      0, 1, 2,
    ]);
    const [call] = response.output;
    if (call?.type !== "image_generation_call" || !call.result)
      throw new Error("no image");
    for (const b64 of [
      ...partials.map((event) => event.partial_image_b64),
      call.result,
    ]) {
      const png = Buffer.from(b64, "base64");
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(64);
    }
  });

  it("uses the offered MCP server's label and custom tool's name", async () => {
    const { response } = await playBack("/playback mcp /playback custom", [
      {
        type: "mcp",
        server_label: "dice",
        server_url: "https://mcp.example.com",
      },
      { type: "custom", name: "run_sql" },
    ]);
    const [list, call, , custom] = response.output;
    expect(list?.type === "mcp_list_tools" && list.server_label).toBe("dice");
    expect(call?.type === "mcp_call" && call.server_label).toBe("dice");
    expect(custom?.type === "custom_tool_call" && custom.name).toBe("run_sql");
  });

  it("lists the examples when the name is unknown", async () => {
    const { response } = await playBack("/playback teleport");
    expect(response.output_text).toContain("unknown: teleport");
    expect(response.output_text).toContain("web_search");
  });
});

describe("MCP approval", () => {
  async function requestApproval() {
    const { response } = await playBack("/playback mcp_approval", [
      { type: "mcp", server_label: "dice", server_url: "https://x.test" },
    ]);
    const request = response.output.at(-1);
    if (request?.type !== "mcp_approval_request") throw new Error("no request");
    return { response, request };
  }

  it("an approval continues with the MCP call and its output", async () => {
    const { response, request } = await requestApproval();
    const events = await streamEvents(client, {
      previous_response_id: response.id,
      tools: [
        { type: "mcp", server_label: "dice", server_url: "https://x.test" },
      ],
      input: [
        {
          type: "mcp_approval_response",
          approval_request_id: request.id,
          approve: true,
        },
      ],
    });
    const accumulated = accumulate(events);
    const [call, message] = accumulated.output;
    expect(call?.type).toBe("mcp_call");
    if (call?.type !== "mcp_call") return;
    expect(call.approval_request_id).toBe(request.id);
    expect(call.arguments).toBe(request.arguments);
    expect(call.output).toContain("Rolled");
    expect(message?.type).toBe("message");
    expect(types(events)).toContain("response.mcp_call_arguments.delta");
  });

  it("a denial makes no call", async () => {
    const { response, request } = await requestApproval();
    const next = await client.responses.create({
      model: "local-echo",
      previous_response_id: response.id,
      input: [
        {
          type: "mcp_approval_response",
          approval_request_id: request.id,
          approve: false,
        },
      ],
    });
    expect(next.output.map((item) => item.type)).toEqual(["message"]);
    expect(next.output_text).toContain("denied");
  });

  it("an answer to an unknown request is a 400", async () => {
    const res = await postJson(te, "/v1/responses", {
      model: "local-echo",
      input: [
        {
          type: "mcp_approval_response",
          approval_request_id: "mcpr_unknown",
          approve: true,
        },
      ],
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { param: string } };
    expect(body.error.param).toBe("input[0].approval_request_id");
  });
});

describe("hosted tools without /playback", () => {
  const hostedTools = [
    { type: "web_search" },
    { type: "file_search", vector_store_ids: ["vs_1"] },
    { type: "code_interpreter", container: { type: "auto" } },
    { type: "image_generation" },
    { type: "mcp", server_label: "dice", server_url: "https://x.test" },
    { type: "shell", environment: { type: "container_auto" } },
  ];

  it.each(hostedTools)(
    "offers $type without calling it, and the reply says why",
    async (tool) => {
      const response = await client.responses.create({
        model: "local-echo",
        input: "hello",
        tools: [
          { type: "function", name: "f", parameters: null, strict: false },
          tool as Tool,
        ],
      });
      expect(response.status).toBe("completed");
      expect(response.output.map((item) => item.type)).toEqual(["message"]);
      expect(messageText(response)).toContain(
        `(hosted: the local engine cannot run it; /playback ${tool.type} plays an example)`,
      );
    },
  );

  it.each(hostedTools)(
    "rejects a tool_choice forcing $type with a 400 naming it, storing nothing",
    async (tool) => {
      const listed = async () =>
        (
          (await (await te.engineFetch("/v1/responses?limit=100")).json()) as {
            data: unknown[];
          }
        ).data.length;
      const before = await listed();
      const res = await postJson(te, "/v1/responses", {
        model: "local-echo",
        input: "hello",
        tools: [{ type: "function", name: "f", parameters: null }, tool],
        tool_choice:
          tool.type === "mcp"
            ? { type: "mcp", server_label: "dice" }
            : // The API's choice for a web search tool is still named web_search_preview.
              { type: tool.type.replace(/^web_search$/, "web_search_preview") },
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as {
        error: { message: string; param: string; code: string };
      };
      expect(body.error.message).toContain(
        `tool_choice requires a call of the hosted tool '${tool.type}' (tools[1])`,
      );
      expect(body.error.param).toBe("tool_choice");
      expect(body.error.code).toBe("unsupported_tool");
      expect(await listed()).toBe(before);
    },
  );

  it("rejects required when only hosted tools are offered, and calls a function offered beside them", async () => {
    const res = await postJson(te, "/v1/responses", {
      model: "local-echo",
      input: "hello",
      tools: [{ type: "web_search" }],
      tool_choice: "required",
    });
    expect(res.status).toBe(400);
    const called = await client.responses.create({
      model: "local-echo",
      input: "hello",
      tools: [
        { type: "web_search" },
        { type: "function", name: "f", parameters: null, strict: false },
      ],
      tool_choice: "required",
    });
    expect(called.output.map((item) => item.type)).toEqual(["function_call"]);
  });

  it("offers client-run tools as before", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "hello",
      tools: [
        { type: "custom", name: "run_sql" },
        { type: "local_shell" },
        { type: "apply_patch" },
        { type: "shell", environment: { type: "local" } },
        {
          type: "tool_search",
          execution: "client",
          parameters: {
            type: "object",
            properties: { query: { type: "string" } },
          },
        },
      ],
    });
    expect(response.status).toBe("completed");
  });

  it("offers no /playback for a hosted tool it has no example of", async () => {
    const res = await postJson(te, "/v1/responses", {
      model: "local-echo",
      input: "hello",
      tools: [{ type: "tool_search" }],
      tool_choice: "required",
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toBe(
      "tool_choice requires a call of the hosted tool 'tool_search' (tools[0]), which the local engine cannot run. Send the request to an upstream that runs it, or leave the choice to the model (tool_choice auto).",
    );
  });
});
