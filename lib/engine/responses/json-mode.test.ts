import { describe, expect, it } from "vitest";
import { badRequest } from "../testing/bad-request";
import { createTestEngine } from "../testing/engine-client";

const { client } = createTestEngine();

const jsonMode = { format: { type: "json_object" as const } };

describe("json_object needs the word json in the input messages", () => {
  it("refuses messages that never say it, even when the instructions do, and stores nothing", async () => {
    const conversation = await client.conversations.create({
      items: [{ role: "user", content: "Hello" }],
    });
    const error = await badRequest(
      client.responses.create({
        model: "local-echo",
        instructions: "Answer in JSON.",
        input: "Describe a cat",
        conversation: conversation.id,
        text: jsonMode,
      }),
    );
    expect(error.message).toBe(
      "400 Response input messages must contain the word 'json' in some form to use 'text.format' of type 'json_object'.",
    );
    expect(error.error).toMatchObject({
      type: "invalid_request_error",
      param: "text.format",
      code: null,
    });
    const items = await client.conversations.items.list(conversation.id);
    expect(items.data).toHaveLength(1);
  });

  it("takes the word in any case, in any message of the context", async () => {
    const first = await client.responses.create({
      model: "local-echo",
      input: [
        { role: "developer", content: "Reply as Json." },
        { role: "user", content: [{ type: "input_text", text: "A cat" }] },
      ],
      text: jsonMode,
    });
    expect(first.status).toBe("completed");
    const next = await client.responses.create({
      model: "local-echo",
      previous_response_id: first.id,
      input: "And a dog",
      text: jsonMode,
    });
    expect(JSON.parse(next.output_text)).toBeTypeOf("object");
  });

  it("does not ask it of other formats", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "Describe a cat",
      text: { format: { type: "text" } },
    });
    expect(response.status).toBe("completed");
  });
});
