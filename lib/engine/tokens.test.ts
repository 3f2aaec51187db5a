import { countTokens } from "gpt-tokenizer/encoding/o200k_base";
import type { InputTokenCountParams } from "openai/resources/responses/input-tokens";
import type { ResponseCreateParamsNonStreaming } from "openai/resources/responses/responses";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestEngine, isRecord, postJson } from "./testing/engine-client";
import { stringArgsTool } from "./testing/fixtures";
import { countTokens as tokenizerCount } from "./tokenizer/o200k";
import { countTokens as engineCount } from "./tokens";

// The engine's own tokenizer, watched so the tests can tell a kept count from a new one.
vi.mock("./tokenizer/o200k", async (importOriginal) => {
  const tokenizer = await importOriginal<typeof import("./tokenizer/o200k")>();
  return { ...tokenizer, countTokens: vi.fn(tokenizer.countTokens) };
});

const te = createTestEngine();
const { client } = te;

const tool = stringArgsTool("get_weather", "Weather for a city", ["city"]);

describe("POST /v1/responses/input_tokens", () => {
  it("returns {object: response.input_tokens, input_tokens}", async () => {
    const res = await postJson(te, "/v1/responses/input_tokens", {
      model: "local-echo",
      input: "hello",
    });
    expect(res.status).toBe(200);
    const body: unknown = await res.json();
    expect(isRecord(body)).toBe(true);
    if (!isRecord(body)) return;
    expect(Object.keys(body).sort()).toEqual(["input_tokens", "object"]);
    expect(body.object).toBe("response.input_tokens");
    expect(typeof body.input_tokens).toBe("number");
    expect(body.input_tokens).toBeGreaterThan(0);
  });

  it("grows with the input", async () => {
    const small = await client.responses.inputTokens.count({
      model: "local-echo",
      input: "hi",
    });
    const large = await client.responses.inputTokens.count({
      model: "local-echo",
      input: "hi ".repeat(200),
    });
    expect(large.input_tokens).toBeGreaterThan(small.input_tokens);
  });

  it("counts text with the o200k_base tokenizer (differences match exactly)", async () => {
    const a = "The quick brown fox jumps over the lazy dog.";
    const b = "Ünïcödé ✓ and emoji 🦊🦊 plus some code: const x = 42;";
    const countA = (await client.responses.inputTokens.count({ input: a }))
      .input_tokens;
    const countB = (await client.responses.inputTokens.count({ input: b }))
      .input_tokens;
    expect(countA).toBeGreaterThanOrEqual(countTokens(a));
    expect(countB).toBeGreaterThanOrEqual(countTokens(b));
    expect(countA - countTokens(a)).toBe(countB - countTokens(b));
  });

  it("counts special-token text such as <|endoftext|> as plain text, in a count and in a create", async () => {
    const text = "say <|endoftext|> and <|im_start|> please";
    const plain = "say endoftext and im_start please";
    const count = await client.responses.inputTokens.count({ input: text });
    const baseline = await client.responses.inputTokens.count({ input: plain });
    expect(count.input_tokens - baseline.input_tokens).toBe(
      countTokens(text, { disallowedSpecial: new Set() }) - countTokens(plain),
    );
    const created = await client.responses.create({
      model: "local-echo",
      input: text,
    });
    expect(created.status).toBe("completed");
    expect(created.output_text).toContain("<|endoftext|>");
  });

  const bodies: Array<{
    name: string;
    body: InputTokenCountParams & ResponseCreateParamsNonStreaming;
  }> = [
    {
      name: "a string input",
      body: { model: "local-echo", input: "What is the capital of France?" },
    },
    {
      name: "messages with instructions",
      body: {
        model: "local-echo",
        instructions: "You are terse.",
        input: [
          { role: "developer", content: "Answer in English." },
          {
            role: "user",
            content: [{ type: "input_text", text: "Tell me about tokens." }],
          },
        ],
      },
    },
    {
      name: "tools",
      body: { model: "local-echo", input: "weather?", tools: [tool] },
    },
    {
      name: "a json_schema format",
      body: {
        model: "local-echo",
        input: "give json",
        text: {
          format: {
            type: "json_schema",
            name: "answer",
            schema: {
              type: "object",
              properties: { a: { type: "string" } },
              required: ["a"],
              additionalProperties: false,
            },
            strict: true,
          },
        },
      },
    },
    {
      name: "an image part",
      body: {
        model: "local-echo",
        input: [
          {
            role: "user",
            content: [
              { type: "input_text", text: "look" },
              {
                type: "input_image",
                image_url: "https://example.com/cat.png",
                detail: "auto",
              },
            ],
          },
        ],
      },
    },
  ];

  it.each(bodies)(
    "equals usage.input_tokens of create for $name",
    async ({ body }) => {
      const count = await client.responses.inputTokens.count(body);
      const response = await client.responses.create(body);
      expect(response.usage?.input_tokens).toBe(count.input_tokens);
    },
  );

  /** Counts `input` alone, then counts and creates it in `context` (count first, as a create grows a conversation). */
  async function countInContext(
    context: { previous_response_id: string } | { conversation: string },
    input: string,
  ) {
    const alone = await client.responses.inputTokens.count({ input });
    const counted = await client.responses.inputTokens.count({
      ...context,
      input,
    });
    const created = await client.responses.create({
      model: "local-echo",
      ...context,
      input,
    });
    return {
      alone: alone.input_tokens,
      inContext: counted.input_tokens,
      used: created.usage?.input_tokens,
    };
  }

  it("counts the previous response's input and output too", async () => {
    const first = await client.responses.create({
      model: "local-echo",
      input: "remember this sentence please",
    });
    const chained = await countInContext(
      { previous_response_id: first.id },
      "and now?",
    );
    expect(chained.inContext).toBeGreaterThan(
      chained.alone + (first.usage?.input_tokens ?? 0) - 1,
    );
    expect(chained.used).toBe(chained.inContext);
  });

  it("counts the conversation's items too", async () => {
    const conv = await client.conversations.create({
      items: [{ role: "user", content: "earlier words in the conversation" }],
    });
    const inConv = await countInContext({ conversation: conv.id }, "next");
    expect(inConv.inContext).toBeGreaterThan(inConv.alone);
    expect(inConv.used).toBe(inConv.inContext);
  });

  it("rejects an unknown parameter like create does", async () => {
    const res = await postJson(te, "/v1/responses/input_tokens", {
      input: "x",
      bogus_param: 1,
    });
    expect(res.status).toBe(400);
  });
});

describe("countTokens, with recent counts kept", () => {
  it("counts as the tokenizer does, again and after many other texts have pushed a text out", () => {
    const texts = Array.from(
      { length: 600 },
      (_, i) => `Text ${i}: ${"héllo wörld ".repeat(i % 7)}${i * 7919}`,
    );
    const long = "a long text past the kept length ".repeat(200);
    for (const round of [1, 2])
      for (const text of [...texts, long, ...texts.slice(0, 50)])
        expect(engineCount(text), `round ${round}: ${text}`).toBe(
          countTokens(text),
        );
  });

  describe("which counts it keeps", () => {
    // What is kept does not depend on the counts, and tokenizing a megabyte takes seconds: these count characters.
    beforeEach(() => {
      vi.mocked(tokenizerCount).mockImplementation((text) => text.length);
    });
    // Back to the real tokenizer the mock was made with.
    afterEach(() => {
      vi.mocked(tokenizerCount).mockReset();
    });

    /** Texts no other test counts, so their counts start out unknown. */
    const fresh = (label: string, count: number, length = 0) =>
      Array.from(
        { length: count },
        (_, i) => `${label} ${i} ${"x".repeat(Math.max(0, length - 20))}`,
      );

    const tokenizerCallsFor = (texts: readonly string[]) => {
      vi.mocked(tokenizerCount).mockClear();
      for (const text of texts) engineCount(text);
      return vi.mocked(tokenizerCount).mock.calls.length;
    };

    it("keeps the counts of a conversation of 2,000 short items, so the next turn tokenizes none of them again", () => {
      const items = fresh("conversation item", 2_000, 300);
      expect(tokenizerCallsFor(items)).toBe(2_000);
      expect(tokenizerCallsFor(items)).toBe(0);
    });

    it("keeps about 2 MB of texts: past 2^20 characters or 8,192 texts the least recently used are counted again", () => {
      const long = fresh("long text", 300, 4_000);
      tokenizerCallsFor(long);
      expect(tokenizerCallsFor(long.slice(-200))).toBe(0);
      expect(tokenizerCallsFor(long.slice(0, 10))).toBe(10);
      const many = fresh("tiny text", 9_000);
      tokenizerCallsFor(many);
      expect(tokenizerCallsFor(many.slice(-8_000))).toBe(0);
      expect(tokenizerCallsFor(many.slice(0, 10))).toBe(10);
    });
  });
});
