import { expect, test } from "@playwright/test";
import OpenAI from "openai";

/** The official SDK pointed at the running app's /v1, exactly as a user's own code would be. */
function client(baseURL: string | undefined): OpenAI {
  return new OpenAI({
    baseURL: `${baseURL ?? ""}/v1`,
    apiKey: "any",
    maxRetries: 0,
  });
}

test.describe("the local engine over HTTP with the openai SDK", () => {
  test("create, stream, retrieve, input items, input tokens and delete", async ({
    baseURL,
  }) => {
    const openai = client(baseURL);
    const created = await openai.responses.create({
      model: "local-echo",
      input: "over http",
    });
    expect(created.status).toBe("completed");
    expect(created.output_text).toContain("You said: over http");

    const final = await openai.responses
      .stream({
        model: "local-echo",
        input: "streamed over http",
        previous_response_id: created.id,
      })
      .finalResponse();
    expect(final.output_text).toContain("You said: streamed over http");

    const retrieved = await openai.responses.retrieve(final.id);
    // The stream helper adds `parsed` to text parts, so compare what the server stored by ids and text.
    expect(retrieved.output.map((item) => item.id)).toEqual(
      final.output.map((item) => item.id),
    );
    expect(retrieved.output_text).toBe(final.output_text);

    const input = Array.from({ length: 12 }, (_, i) => ({
      role: "user" as const,
      content: `item ${i}`,
    }));
    const many = await openai.responses.create({ model: "local-echo", input });
    const ids: string[] = [];
    for await (const item of openai.responses.inputItems.list(many.id, {
      limit: 5,
      order: "asc",
    }))
      ids.push(item.id ?? "");
    expect(ids).toHaveLength(12);

    const count = await openai.responses.inputTokens.count({
      model: "local-echo",
      input: "over http",
    });
    expect(count.input_tokens).toBe(created.usage?.input_tokens);

    await openai.responses.delete(created.id);
    await expect(openai.responses.retrieve(created.id)).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
  });

  test("background responses can be cancelled, compaction round-trips, conversations work", async ({
    baseURL,
  }) => {
    const openai = client(baseURL);
    const background = await openai.responses.create({
      model: "local-echo",
      input: "/words 20000",
      background: true,
    });
    expect(["queued", "in_progress"]).toContain(background.status);
    const cancelled = await openai.responses.cancel(background.id);
    expect(cancelled.status).toBe("cancelled");

    const compacted = await openai.responses.compact({
      model: "local-echo",
      input: [
        { role: "user", content: "remember this" },
        { role: "assistant", content: "noted" },
      ],
    });
    expect(compacted.output.at(-1)?.type).toBe("compaction");
    const continued = await openai.responses.create({
      model: "local-echo",
      input: [
        ...(compacted.output as OpenAI.Responses.ResponseInputItem[]),
        { role: "user", content: "and now" },
      ],
    });
    expect(continued.status).toBe("completed");

    const conversation = await openai.conversations.create({
      metadata: { topic: "e2e" },
    });
    await openai.responses.create({
      model: "local-echo",
      input: "in a conversation",
      conversation: conversation.id,
    });
    const items = await openai.conversations.items.list(conversation.id, {
      order: "asc",
    });
    expect(items.data.map((item) => item.type)).toEqual(["message", "message"]);
    await openai.conversations.delete(conversation.id);
  });
});
