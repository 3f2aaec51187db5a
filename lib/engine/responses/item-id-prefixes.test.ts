import type { ResponseInputItem } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { badRequest } from "../testing/bad-request";
import { createTestEngine } from "../testing/engine-client";
import { weatherTool } from "../testing/fixtures";
import { rowCounts } from "../testing/row-counts";

const te = createTestEngine();
const { client } = te;

const call = (id: string): ResponseInputItem => ({
  type: "function_call",
  id,
  call_id: "call_1",
  name: "get_weather",
  arguments: '{"city":"Paris"}',
});
const output: ResponseInputItem = {
  type: "function_call_output",
  call_id: "call_1",
  output: "sunny",
};

describe("an input item's id must carry its type's prefix, as the API requires", () => {
  it.each([
    ["a function call named by its call id", [call("call_1"), output], 0, "fc"],
    [
      "a reasoning item another provider named",
      [
        { role: "user", content: "hi" },
        { type: "reasoning", id: "item_9c5b", summary: [] },
      ],
      1,
      "rs",
    ],
    [
      "an assistant message with a chat completion's id",
      [
        {
          type: "message",
          id: "chatcmpl-8f2a_msg_0",
          role: "assistant",
          status: "completed",
          content: [{ type: "output_text", text: "hi", annotations: [] }],
        },
      ],
      0,
      "msg",
    ],
    [
      "a custom tool call replayed with a function call's id",
      [
        {
          type: "custom_tool_call",
          id: "fc_d74w",
          call_id: "c",
          name: "run",
          input: "x",
        },
        { type: "custom_tool_call_output", call_id: "c", output: "ok" },
      ],
      0,
      "ctc",
    ],
  ] as [string, ResponseInputItem[], number, string][])(
    "refuses %s, storing nothing",
    async (_name, input, index, prefix) => {
      const before = rowCounts(te.dbPath);
      const item = input[index] as { id: string };
      const error = await badRequest(
        client.responses.create({
          model: "local-echo",
          input,
          tools: [weatherTool, { type: "custom", name: "run" }],
        }),
      );
      expect(error.message).toBe(
        `400 Invalid 'input[${index}].id': '${item.id}'. Expected an ID that begins with '${prefix}'.`,
      );
      expect(error.param).toBe(`input[${index}].id`);
      expect(error.code).toBe("invalid_value");
      expect(rowCounts(te.dbPath)).toEqual(before);
    },
  );

  it("takes items with the right prefixes, or with no id at all", async () => {
    const { id: _id, ...withoutId } = call("fc_1") as { id?: string };
    const inputs: ResponseInputItem[][] = [
      [call("fc_1"), output],
      [withoutId as ResponseInputItem, output],
    ];
    for (const input of inputs) {
      const response = await client.responses.create({
        model: "local-echo",
        input,
        tools: [weatherTool],
      });
      expect(response.status).toBe("completed");
    }
  });
});
