import OpenAI from "openai";
import type {
  ResponseInputItem,
  ResponseItem,
} from "openai/resources/responses/responses";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestEngine, isRecord } from "./testing/engine-client";
import { rowCounts } from "./testing/row-counts";

const te = createTestEngine();
const { client } = te;

const messages: ResponseInputItem[] = Array.from({ length: 25 }, (_, i) => ({
  type: "message" as const,
  role: i % 2 === 0 ? ("user" as const) : ("assistant" as const),
  content: `message number ${i}`,
}));

function textOf(item: ResponseItem): string {
  if (item.type !== "message") return "";
  const part = item.content[0];
  return part && "text" in part ? part.text : "";
}

let responseId = "";

beforeAll(async () => {
  const response = await client.responses.create({
    model: "local-echo",
    input: messages,
  });
  responseId = response.id;
});

describe("GET /v1/responses/{id}/input_items", () => {
  it("lists a string input as one user message with an id", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "just a string",
    });
    const page = await client.responses.inputItems.list(response.id);
    expect(page.data).toHaveLength(1);
    const [item] = page.data;
    expect(item?.type).toBe("message");
    if (item?.type === "message") {
      expect(item.role).toBe("user");
      expect(item.id.length).toBeGreaterThan(0);
      expect(textOf(item)).toBe("just a string");
      expect(item.content[0]?.type).toBe("input_text");
    }
  });

  it("returns the list envelope, default limit 20 and default order desc", async () => {
    const res = await te.engineFetch(`/v1/responses/${responseId}/input_items`);
    expect(res.status).toBe(200);
    const body: unknown = await res.json();
    expect(isRecord(body)).toBe(true);
    if (!isRecord(body)) return;
    expect(body.object).toBe("list");
    expect(Array.isArray(body.data)).toBe(true);
    expect(body.has_more).toBe(true);
    const data = Array.isArray(body.data) ? body.data : [];
    expect(data).toHaveLength(20);
    const first: unknown = data[0];
    const last: unknown = data.at(-1);
    expect(isRecord(first) ? first.id : undefined).toBe(body.first_id);
    expect(isRecord(last) ? last.id : undefined).toBe(body.last_id);

    const page = await client.responses.inputItems.list(responseId);
    expect(page.data.map(textOf)).toEqual(
      Array.from({ length: 20 }, (_, i) => `message number ${24 - i}`),
    );
  });

  it("order asc returns the items in input order", async () => {
    const page = await client.responses.inputItems.list(responseId, {
      order: "asc",
      limit: 100,
    });
    expect(page.data.map(textOf)).toEqual(
      messages.map((_, i) => `message number ${i}`),
    );
    expect(page.has_more).toBe(false);
    for (const item of page.data) expect(typeof item.id).toBe("string");
    expect(new Set(page.data.map((item) => item.id)).size).toBe(25);
  });

  it("limit + after pages through the list with has_more, first_id and last_id", async () => {
    const all = (
      await client.responses.inputItems.list(responseId, {
        order: "asc",
        limit: 100,
      })
    ).data;
    const ids = all.map((item) => item.id);

    const res1 = await te.engineFetch(
      `/v1/responses/${responseId}/input_items?order=asc&limit=10`,
    );
    const page1: unknown = await res1.json();
    expect(isRecord(page1) && page1.has_more).toBe(true);
    expect(isRecord(page1) && page1.first_id).toBe(ids[0]);
    expect(isRecord(page1) && page1.last_id).toBe(ids[9]);

    const res3 = await te.engineFetch(
      `/v1/responses/${responseId}/input_items?order=asc&limit=10&after=${ids[19]}`,
    );
    const page3: unknown = await res3.json();
    expect(isRecord(page3) && page3.has_more).toBe(false);
    expect(isRecord(page3) && page3.first_id).toBe(ids[20]);
    expect(isRecord(page3) && page3.last_id).toBe(ids[24]);
    expect(
      isRecord(page3) && Array.isArray(page3.data) ? page3.data.length : -1,
    ).toBe(5);

    const descAfter = await client.responses.inputItems.list(responseId, {
      limit: 3,
      after: ids[10],
    });
    expect(descAfter.data.map((item) => item.id)).toEqual([
      ids[9],
      ids[8],
      ids[7],
    ]);
  });

  it("the SDK auto-paginates over all 25 items, 10 at a time", async () => {
    const asc: string[] = [];
    for await (const item of client.responses.inputItems.list(responseId, {
      order: "asc",
      limit: 10,
    })) {
      asc.push(textOf(item));
    }
    expect(asc).toEqual(messages.map((_, i) => `message number ${i}`));

    const desc: string[] = [];
    for await (const item of client.responses.inputItems.list(responseId, {
      limit: 10,
    }))
      desc.push(textOf(item));
    expect(desc).toEqual([...asc].reverse());
  });

  it("accepts include[]", async () => {
    const page = await client.responses.inputItems.list(responseId, {
      limit: 5,
      include: ["message.input_image.image_url", "reasoning.encrypted_content"],
    });
    expect(page.data).toHaveLength(5);
  });

  it("lists the whole context of a chained response, newest first by default", async () => {
    const first = await client.responses.create({
      model: "local-echo",
      input: "first turn",
    });
    const second = await client.responses.create({
      model: "local-echo",
      previous_response_id: first.id,
      input: "second turn",
    });
    const page = await client.responses.inputItems.list(second.id);
    expect(page.data.map(textOf)).toEqual([
      "second turn",
      first.output_text,
      "first turn",
    ]);
  });

  it("stores an assistant message sent as input with a status and complete output_text parts", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: [
        { role: "user", content: "hi" },
        { role: "assistant", content: "hello" },
        { role: "user", content: "again" },
      ],
    });
    const page = await client.responses.inputItems.list(response.id, {
      order: "asc",
    });
    expect(page.data[1]).toMatchObject({
      type: "message",
      role: "assistant",
      status: "completed",
      content: [
        { type: "output_text", text: "hello", annotations: [], logprobs: [] },
      ],
    });
  });

  it("resolves an item_reference to the stored item it names, from any response", async () => {
    const earlier = await client.responses.create({
      model: "local-echo",
      input: "My favourite colour is teal.",
    });
    const [said] = (await client.responses.inputItems.list(earlier.id)).data;
    const [answer] = earlier.output;
    const later = await client.responses.create({
      model: "local-echo",
      input: [
        { type: "item_reference", id: said?.id ?? "" },
        { type: "item_reference", id: answer?.id ?? "" },
        { role: "user", content: "What did I say?" },
      ],
    });
    const page = await client.responses.inputItems.list(later.id, {
      order: "asc",
    });
    expect(page.data.map((item) => item.type)).toEqual([
      "message",
      "message",
      "message",
    ]);
    expect(page.data[0]).toEqual(said);
    expect(page.data[1]?.id).toBe(answer?.id);
    expect(textOf(page.data[0] as ResponseItem)).toBe(
      "My favourite colour is teal.",
    );
  });

  it("refuses an item_reference to an unknown id and stores nothing", async () => {
    const before = rowCounts(te.dbPath);
    const error = await client.responses
      .create({
        model: "local-echo",
        input: [
          { role: "user", content: "hi" },
          { type: "item_reference", id: "msg_does_not_exist" },
        ],
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error).toMatchObject({ param: "input[1].id" });
    expect((error as Error).message).toContain(
      "Item with id 'msg_does_not_exist' not found.",
    );
    expect(rowCounts(te.dbPath)).toEqual(before);
  });

  it("keeps function_call_output items with ids", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: [
        { role: "user", content: "weather?" },
        {
          type: "function_call",
          call_id: "call_abc",
          name: "get_weather",
          arguments: "{}",
        },
        { type: "function_call_output", call_id: "call_abc", output: "sunny" },
      ],
    });
    const page = await client.responses.inputItems.list(response.id, {
      order: "asc",
    });
    expect(page.data.map((item) => item.type)).toEqual([
      "message",
      "function_call",
      "function_call_output",
    ]);
    for (const item of page.data) expect(item.id?.length).toBeGreaterThan(0);
  });

  it("keeps multimodal content parts", async () => {
    const image =
      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    const response = await client.responses.create({
      model: "local-echo",
      input: [
        {
          role: "user",
          content: [
            { type: "input_text", text: "what is this?" },
            { type: "input_image", image_url: image, detail: "low" },
          ],
        },
      ],
    });
    expect(response.output_text).toContain("what is this?");
    const page = await client.responses.inputItems.list(response.id);
    const [item] = page.data;
    expect(
      item?.type === "message" ? item.content.map((part) => part.type) : [],
    ).toEqual(["input_text", "input_image"]);
  });

  it("an unknown response id is a 404", async () => {
    await expect(
      client.responses.inputItems.list("resp_missing"),
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });
});
