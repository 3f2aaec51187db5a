import { describe, expect, it } from "vitest";
import { badRequest } from "../testing/bad-request";
import { createTestEngine } from "../testing/engine-client";
import { weatherTool } from "../testing/fixtures";
import { rowCounts } from "../testing/row-counts";

const te = createTestEngine();
const { client } = te;

const duplicateMessage = (id: string) =>
  `Duplicate item found with id ${id}. Remove duplicate items from your input and try again.`;

describe("an item the model would see twice is refused in the API's words", () => {
  it("two input items with one id", async () => {
    const before = rowCounts(te.dbPath);
    const error = await badRequest(
      client.responses.create({
        model: "local-echo",
        input: ["a", "b"].map((text) => ({
          type: "message",
          id: "msg_twice",
          role: "assistant",
          status: "completed",
          content: [{ type: "output_text", text, annotations: [] }],
        })),
      }),
    );
    expect(error.message).toBe(`400 ${duplicateMessage("msg_twice")}`);
    expect(error.param).toBe("input");
    expect(error.code).toBeNull();
    expect(rowCounts(te.dbPath)).toEqual(before);
  });

  it("one stored item referenced twice", async () => {
    const stored = await client.responses.create({
      model: "local-echo",
      input: "remember me",
    });
    const id = stored.output[0]?.id ?? "";
    const error = await badRequest(
      client.responses.create({
        model: "local-echo",
        input: [
          { type: "item_reference", id },
          { type: "item_reference", id },
        ],
      }),
    );
    expect(error.message).toBe(`400 ${duplicateMessage(id)}`);
  });

  it("a conversation's own items sent again with it, as an agent loop that resends its history does", async () => {
    const conversation = await client.conversations.create({});
    const first = await client.responses.create({
      model: "local-echo",
      input: "call get_weather city=Paris",
      tools: [weatherTool],
      conversation: conversation.id,
    });
    const call = first.output.find((item) => item.type === "function_call");
    if (call?.type !== "function_call") throw new Error("no function call");
    const itemsBefore = await client.conversations.items.list(conversation.id);

    const error = await badRequest(
      client.responses.create({
        model: "local-echo",
        tools: [weatherTool],
        conversation: conversation.id,
        input: [
          call,
          {
            type: "function_call_output",
            call_id: call.call_id,
            output: "20C",
          },
        ],
      }),
    );
    expect(error.message).toBe(`400 ${duplicateMessage(call.id ?? "")}`);
    expect(
      (await client.conversations.items.list(conversation.id)).data,
    ).toEqual(itemsBefore.data);

    // The answer alone goes on, as the API takes it.
    const answered = await client.responses.create({
      model: "local-echo",
      tools: [weatherTool],
      conversation: conversation.id,
      input: [
        { type: "function_call_output", call_id: call.call_id, output: "20C" },
      ],
    });
    expect(answered.status).toBe("completed");
  });
});
