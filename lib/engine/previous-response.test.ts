import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { createTestEngine } from "./testing/engine-client";
import { createInContextAndAlone } from "./testing/fixtures";

const te = createTestEngine();
const { client } = te;

describe("previous_response_id", () => {
  it("a chained response sees the previous input and output", async () => {
    const first = await client.responses.create({
      model: "local-echo",
      input: "My favourite colour is teal.",
    });
    const { inContext: chained, alone } = await createInContextAndAlone(
      client,
      { previous_response_id: first.id },
      "What did I say?",
    );

    expect(chained.previous_response_id).toBe(first.id);
    expect(chained.output_text).toContain("What did I say?");
    expect(chained.output_text).not.toBe(alone.output_text);
    expect(chained.output_text.length).toBeGreaterThan(
      alone.output_text.length,
    );

    const third = await client.responses.create({
      model: "local-echo",
      previous_response_id: chained.id,
      input: "What did I say?",
    });
    expect(third.output_text.length).toBeGreaterThan(
      chained.output_text.length,
    );
    expect(third.usage?.input_tokens).toBeGreaterThan(
      chained.usage?.input_tokens ?? Infinity,
    );
  });

  it("does not carry instructions over", async () => {
    const instructions = "Always answer like a pirate.";
    const first = await client.responses.create({
      model: "local-echo",
      input: "ahoy",
      instructions,
    });
    expect(first.instructions).toBe(instructions);
    expect(first.output_text).toMatch(/instruction/i);

    const chained = await client.responses.create({
      model: "local-echo",
      previous_response_id: first.id,
      input: "again",
    });
    expect(chained.instructions).toBeNull();
    expect(chained.output_text).not.toMatch(/instruction/i);
    expect(chained.output_text).not.toContain(instructions);
  });

  it("an unknown previous_response_id is a client error naming the parameter", async () => {
    const error: unknown = await client.responses
      .create({
        model: "local-echo",
        previous_response_id: "resp_doesnotexist",
        input: "x",
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    if (!(error instanceof OpenAI.APIError)) return;
    expect([400, 404]).toContain(error.status);
    expect(error.param).toBe("previous_response_id");
  });
});
