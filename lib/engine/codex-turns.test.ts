import type {
  ResponseCreateParamsStreaming,
  ResponseInputItem,
  Response as ApiResponse,
} from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { createTestEngine } from "./testing/engine-client";

const { client } = createTestEngine();

/** The shape of Codex CLI 0.169's requests (captured against the engine), trimmed to what the engine reads. */
function codexRequest(input: ResponseInputItem[]) {
  return {
    model: "gpt-5-codex",
    instructions: "You are a coding agent running in the Codex CLI.",
    input,
    tools: [
      {
        type: "function",
        name: "exec_command",
        description: "Runs a command in a PTY.",
        strict: false,
        parameters: {
          type: "object",
          properties: {
            cmd: { type: "string" },
            workdir: { type: "string" },
            shell: { type: "string" },
            tty: { type: "boolean" },
            yield_time_ms: { type: "number" },
            max_output_tokens: { type: "number" },
          },
          required: ["cmd"],
          additionalProperties: false,
        },
      },
      {
        type: "web_search",
        external_web_access: false,
        search_content_types: ["text", "image"],
      },
    ],
    tool_choice: "auto",
    parallel_tool_calls: true,
    reasoning: { summary: "auto" },
    store: false,
    stream: true,
    include: ["reasoning.encrypted_content"],
    prompt_cache_key: "01a2430a-cb4e-7e91-8f2d-7724e5b368e7",
    client_metadata: {
      session_id: "01a2430a-cb4e-7e91-8f2d-7724e5b368e7",
      "x-codex-turn-metadata": '{"request_kind":"turn","sandbox":"seccomp"}',
    },
  } as ResponseCreateParamsStreaming;
}

async function finalResponse(
  request: ResponseCreateParamsStreaming,
): Promise<ApiResponse> {
  for await (const event of await client.responses.create(request))
    if (event.type === "response.completed") return event.response;
  throw new Error("the stream ended without response.completed");
}

describe("a Codex CLI turn", () => {
  it("runs its tool loop: client_metadata and an offered web_search are taken, the call carries only what was asked, and the replayed reasoning's null content is accepted", async () => {
    const user: ResponseInputItem = {
      type: "message",
      role: "user",
      content: [
        { type: "input_text", text: 'Run exec_command cmd="cat a.txt"' },
      ],
    };
    const first = await finalResponse(codexRequest([user]));
    const [reasoning, call] = first.output;
    expect(reasoning?.type).toBe("reasoning");
    expect(call).toMatchObject({
      type: "function_call",
      name: "exec_command",
      arguments: '{"cmd":"cat a.txt"}',
    });
    if (call?.type !== "function_call" || reasoning?.type !== "reasoning")
      throw new Error("expected a reasoning item and a function call");

    // Codex sends every item back, reasoning with `content: null` and the output with an id of its own.
    const second = await finalResponse(
      codexRequest([
        user,
        { ...reasoning, content: null } as unknown as ResponseInputItem,
        call,
        {
          type: "function_call_output",
          id: "fco_01a2430a-cbf1-7dc1-bb1c-1d2e0d284f36",
          call_id: call.call_id,
          output: "hello file",
        },
      ]),
    );
    expect(second.status).toBe("completed");
    const message = second.output.find((item) => item.type === "message");
    expect(JSON.stringify(message)).toContain("hello file");
  });
});
