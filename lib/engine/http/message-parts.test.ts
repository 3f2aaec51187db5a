import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { badRequest } from "../testing/bad-request";
import { createTestEngine } from "../testing/engine-client";

const { client } = createTestEngine();

describe("a message's content parts are its own side's", () => {
  it("refuses an assistant turn replayed with input_text, as the API does", async () => {
    const error = await badRequest(
      client.responses.create({
        model: "local-echo",
        input: [
          { role: "user", content: "Hi" },
          {
            role: "assistant",
            content: [{ type: "input_text", text: "Hello" }],
          },
          { role: "user", content: "How are you?" },
        ],
      }),
    );
    expect(error.message).toBe(
      "400 Invalid value: 'input_text'. Supported values are: 'output_text' and 'refusal'.",
    );
    expect(error.error).toMatchObject({
      param: "input[1].content[0]",
      code: "invalid_value",
    });
  });

  it("refuses output_text in a user message, naming the input parts", async () => {
    const error = await badRequest(
      client.responses.inputTokens.count({
        model: "local-echo",
        input: [
          {
            type: "message",
            role: "user",
            content: [
              { type: "input_text", text: "Hi" },
              { type: "output_text", text: "Hello" },
            ],
          },
        ],
      } as unknown as OpenAI.Responses.InputTokenCountParams),
    );
    expect(error.message).toBe(
      "400 Invalid value: 'output_text'. Supported values are: 'input_text', 'input_image', 'input_file', and 'input_audio'.",
    );
    expect(error.error).toMatchObject({ param: "input[0].content[1]" });
  });

  it("takes each side's own parts, and text content from any role", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: [
        {
          role: "developer",
          content: [{ type: "input_text", text: "Be brief" }],
        },
        { role: "user", content: [{ type: "input_text", text: "Hi" }] },
        {
          type: "message",
          id: "msg_earlier",
          status: "completed",
          role: "assistant",
          content: [{ type: "output_text", text: "Hello", annotations: [] }],
        },
        { role: "assistant", content: "A plain string" },
        { role: "user", content: "How are you?" },
      ],
    });
    expect(response.status).toBe("completed");
  });

  it("holds for conversation items, which stay as they were", async () => {
    const conversation = await client.conversations.create({
      items: [{ role: "user", content: "Hi" }],
    });
    const error = await badRequest(
      client.conversations.items.create(conversation.id, {
        items: [
          {
            role: "assistant",
            content: [{ type: "input_text", text: "Hello" }],
          },
        ],
      }),
    );
    expect(error.error).toMatchObject({ param: "items[0].content[0]" });
    const items = await client.conversations.items.list(conversation.id);
    expect(items.data).toHaveLength(1);
  });
});
