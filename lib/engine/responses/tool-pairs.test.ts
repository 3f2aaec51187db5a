import type { ResponseInputItem } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { badRequest } from "../testing/bad-request";
import { createTestEngine } from "../testing/engine-client";

const { client } = createTestEngine();

const weatherTool = {
  type: "function" as const,
  name: "get_weather",
  parameters: { type: "object", properties: { city: { type: "string" } } },
  strict: false,
};

/** The API's 400 for a create body, as the SDK raises it. */
const rejection = (body: Parameters<typeof client.responses.create>[0]) =>
  badRequest(client.responses.create({ ...body, stream: false }));

/** A stored response that ends with one call to get_weather, and that call's id. */
async function weatherCall() {
  const response = await client.responses.create({
    model: "local-echo",
    input: "What's the weather in Paris?",
    tools: [weatherTool],
  });
  const call = response.output.find((item) => item.type === "function_call");
  if (call?.type !== "function_call") throw new Error("no function call");
  return { response, callId: call.call_id };
}

describe("tool calls and their outputs pair by call_id", () => {
  it("refuses a new message after a function call that was not answered, and takes the answer", async () => {
    const { response, callId } = await weatherCall();
    const error = await rejection({
      model: "local-echo",
      previous_response_id: response.id,
      input: "And tomorrow?",
      tools: [weatherTool],
    });
    expect(error.message).toBe(
      `400 No tool output found for function call ${callId}.`,
    );
    expect(error.error).toMatchObject({
      type: "invalid_request_error",
      param: "input",
      code: null,
    });

    const answered = await client.responses.create({
      model: "local-echo",
      previous_response_id: response.id,
      input: [
        { type: "function_call_output", call_id: callId, output: "sunny" },
        { role: "user", content: "And tomorrow?" },
      ],
      tools: [weatherTool],
    });
    expect(answered.status).toBe("completed");
  });

  it("refuses an output whose call is not in the context", async () => {
    const error = await rejection({
      model: "local-echo",
      input: [
        { role: "user", content: "Hi" },
        { type: "function_call_output", call_id: "call_gone", output: "x" },
      ],
    });
    expect(error.message).toBe(
      "400 No tool call found for function call output with call_id call_gone.",
    );
    expect(error.param).toBe("input");
  });

  it("pairs each output with a call of its own kind", async () => {
    const { response, callId } = await weatherCall();
    const error = await rejection({
      model: "local-echo",
      previous_response_id: response.id,
      input: [
        { type: "custom_tool_call_output", call_id: callId, output: "x" },
      ],
    });
    expect(error.message).toBe(
      `400 No tool call found for custom tool call output with call_id ${callId}.`,
    );
  });

  it("refuses replayed history that holds an unanswered call", async () => {
    const error = await rejection({
      model: "local-echo",
      input: [
        { role: "user", content: "Weather?" },
        {
          type: "function_call",
          call_id: "call_open",
          name: "get_weather",
          arguments: "{}",
        },
        { role: "user", content: "Never mind." },
      ],
    });
    expect(error.message).toBe(
      "400 No tool output found for function call call_open.",
    );
  });

  it("asks for the output of played-back custom and apply_patch calls", async () => {
    const played = await client.responses.create({
      model: "local-echo",
      input: "/playback custom /playback apply_patch",
      tools: [{ type: "custom", name: "grammar" }, { type: "apply_patch" }],
    });
    const calls = played.output.flatMap((item) =>
      item.type === "custom_tool_call" || item.type === "apply_patch_call"
        ? [item]
        : [],
    );
    expect(calls.map((call) => call.type)).toEqual([
      "custom_tool_call",
      "apply_patch_call",
    ]);
    const next = (input: ResponseInputItem[]) =>
      rejection({
        model: "local-echo",
        previous_response_id: played.id,
        input,
      });
    const [custom, patch] = calls;
    expect((await next([{ role: "user", content: "next" }])).message).toBe(
      `400 No tool output found for custom tool call ${custom?.call_id}.`,
    );
    const customAnswer: ResponseInputItem = {
      type: "custom_tool_call_output",
      call_id: custom?.call_id ?? "",
      output: "ok",
    };
    expect((await next([customAnswer])).message).toBe(
      `400 No tool output found for apply patch call ${patch?.call_id}.`,
    );
  });

  it("stores nothing of a refused request", async () => {
    const conversation = await client.conversations.create({
      items: [
        {
          type: "function_call",
          call_id: "call_conv",
          name: "get_weather",
          arguments: "{}",
        },
      ],
    });
    const before = await client.conversations.items.list(conversation.id);
    await rejection({
      model: "local-echo",
      conversation: conversation.id,
      input: "Anything new?",
    });
    const after = await client.conversations.items.list(conversation.id);
    expect(after.data).toEqual(before.data);
  });
});
