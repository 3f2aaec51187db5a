import OpenAI from "openai";
import type {
  ResponseCompactionItem,
  ResponseInputItem,
  ResponseOutputItem,
  ResponseOutputMessage,
} from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import {
  createTestEngine,
  postJson,
  readErrorEnvelope,
} from "./testing/engine-client";

const te = createTestEngine();
const { client } = te;

const history: ResponseInputItem[] = [
  { role: "user", content: "I am planning a trip to Lisbon." },
  {
    role: "assistant",
    content: "Lisbon is lovely in spring. How long will you stay?",
  },
  { role: "user", content: "About five days, with a day trip to Sintra." },
  {
    role: "assistant",
    content: "Five days is plenty; Sintra deserves a full day.",
  },
];

/** The compacted output's item types, which are valid input items as they are. */
function isHistoryItem(
  item: ResponseOutputItem,
): item is ResponseOutputMessage | ResponseCompactionItem {
  return item.type === "message" || item.type === "compaction";
}

describe("POST /v1/responses/compact", () => {
  it("returns a response.compaction with the user messages and one compaction item", async () => {
    const compacted = await client.responses.compact({
      model: "local-echo",
      input: history,
    });
    expect(compacted.object).toBe("response.compaction");
    expect(compacted.id.length).toBeGreaterThan(0);
    expect(Number.isInteger(compacted.created_at)).toBe(true);
    expect(compacted.usage.input_tokens).toBeGreaterThan(0);

    const types = compacted.output.map((item) => item.type);
    expect(types.at(-1)).toBe("compaction");
    expect(types.filter((type) => type === "compaction")).toHaveLength(1);
    const messages = compacted.output.slice(0, -1);
    expect(messages).toHaveLength(2);
    for (const item of messages) {
      expect(item.type).toBe("message");
      if (item.type === "message") expect(item.role).toBe("user");
    }
    const compaction = compacted.output.at(-1);
    if (compaction?.type === "compaction") {
      expect(compaction.id.length).toBeGreaterThan(0);
      expect(typeof compaction.encrypted_content).toBe("string");
      expect(compaction.encrypted_content.length).toBeGreaterThan(0);
      // Opaque: the assistant's words must not be readable in it.
      expect(compaction.encrypted_content).not.toContain("Sintra deserves");
    }
  });

  it("its output sent back as input expands to the prior items", async () => {
    const compacted = await client.responses.compact({
      model: "local-echo",
      input: history,
    });
    const next: ResponseInputItem = {
      role: "user",
      content: "What should I pack?",
    };
    const viaCompaction = await client.responses.create({
      model: "local-echo",
      input: [...compacted.output.filter(isHistoryItem), next],
    });
    const alone = await client.responses.create({
      model: "local-echo",
      input: [next],
    });
    const full = await client.responses.create({
      model: "local-echo",
      input: [...history, next],
    });

    expect(viaCompaction.status).toBe("completed");
    expect(viaCompaction.output_text).toContain("What should I pack?");
    expect(viaCompaction.output_text.length).toBeGreaterThan(
      alone.output_text.length,
    );
    expect(viaCompaction.usage?.input_tokens).toBeGreaterThan(
      alone.usage?.input_tokens ?? Infinity,
    );
    // The expanded history holds at least the assistant turns the compaction hid, so it costs about what the full history does.
    expect(viaCompaction.usage?.input_tokens).toBeGreaterThanOrEqual(
      full.usage?.input_tokens ?? Infinity,
    );
  });

  it("compacts the history of a previous response", async () => {
    const first = await client.responses.create({
      model: "local-echo",
      input: history,
    });
    const compacted = await client.responses.compact({
      model: "local-echo",
      previous_response_id: first.id,
      input: [{ role: "user", content: "one more thing" }],
    });
    expect(compacted.output.at(-1)?.type).toBe("compaction");
    const userMessages = compacted.output.filter(
      (item) => item.type === "message",
    );
    expect(userMessages).toHaveLength(3);
  });

  it("without a model is a 400", async () => {
    const res = await postJson(te, "/v1/responses/compact", { input: history });
    expect(res.status).toBe(400);
    const error = await readErrorEnvelope(res);
    expect(error.type).toBe("invalid_request_error");
    expect(error.param).toBe("model");
    expect(res.headers.get("x-request-id")).toBeTruthy();

    const sdkError: unknown = await client.responses
      .compact({ model: null, input: history })
      .catch((e: unknown) => e);
    expect(sdkError).toBeInstanceOf(OpenAI.BadRequestError);
  });

  it("a tampered compaction item is rejected with 400, not 500", async () => {
    const res = await postJson(te, "/v1/responses", {
      model: "local-echo",
      input: [
        { type: "compaction", encrypted_content: "not-a-real-blob" },
        { role: "user", content: "hi" },
      ],
    });
    expect(res.status).toBe(400);
  });
});
