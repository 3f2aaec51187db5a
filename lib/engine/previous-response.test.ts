import Database from "better-sqlite3";
import OpenAI from "openai";
import { describe, expect, it, vi } from "vitest";
import { priorContext } from "./responses/input-items";
import { EngineStore } from "./store/engine-store";
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
    // The reply quotes the earlier turn, so a person can see the chain was used.
    expect(chained.output_text).toContain('"My favourite colour is teal."');
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

  it("lists the whole context a chained response saw as its input items, each item once", async () => {
    const first = await client.responses.create({
      model: "local-echo",
      input: "one",
    });
    const second = await client.responses.create({
      model: "local-echo",
      previous_response_id: first.id,
      input: "two",
    });
    const third = await client.responses.create({
      model: "local-echo",
      previous_response_id: second.id,
      input: "three",
    });
    const items = [];
    for await (const item of client.responses.inputItems.list(third.id, {
      order: "asc",
    }))
      items.push(item);
    const [firstOutput] = first.output;
    const [secondOutput] = second.output;
    expect(items.map((item) => item.id)).toEqual([
      expect.any(String),
      firstOutput?.id,
      expect.any(String),
      secondOutput?.id,
      expect.any(String),
    ]);
    const texts = items.map((item) =>
      item.type === "message" && item.role === "user"
        ? item.content.map((part) => ("text" in part ? part.text : "")).join("")
        : item.type,
    );
    expect(texts).toEqual(["one", "message", "two", "message", "three"]);
    // Assistant messages carry a status, as they do wherever the API lists them.
    expect(items[1]).toMatchObject({ role: "assistant", status: "completed" });
    // The chain still gives a fourth turn each earlier item exactly once.
    const fourth = await client.responses.create({
      model: "local-echo",
      previous_response_id: third.id,
      input: "four",
      store: true,
    });
    const fourthItems = [];
    for await (const item of client.responses.inputItems.list(fourth.id))
      fourthItems.push(item);
    expect(fourthItems).toHaveLength(7);
    expect(new Set(fourthItems.map((item) => item.id)).size).toBe(7);
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

  describe("a long chain", () => {
    /** A chain of `turns` responses, each continuing the one before; the last one's id. */
    async function chain(turns: number): Promise<string[]> {
      const ids: string[] = [];
      for (let turn = 0; turn < turns; turn++) {
        const response = await client.responses.create({
          model: "local-echo",
          input: `turn ${turn}`,
          ...(ids.length ? { previous_response_id: ids.at(-1) } : {}),
        });
        ids.push(response.id);
      }
      return ids;
    }

    /** The ids of every item a response continuing `id` would see, read by a store of its own on the same file. */
    function contextIds(store: EngineStore, id: string): string[] {
      return priorContext(store, id, null).items.map((item) => item.id);
    }

    it("reads the stored items of at most two earlier responses, however long the chain", async () => {
      const ids = await chain(8);
      const store = new EngineStore(te.dbPath);
      try {
        const reads = vi.spyOn(store, "inputItems");
        const items = contextIds(store, ids.at(-1) as string);
        // Eight turns: each one's input message and its answer.
        expect(items).toHaveLength(16);
        expect(new Set(items).size).toBe(16);
        expect(reads.mock.calls.length).toBeLessThanOrEqual(2);
      } finally {
        store.close();
      }
    });

    it("reads a chain stored with only each turn's new input (by an older engine) in full", async () => {
      const ids = await chain(3);
      const store = new EngineStore(te.dbPath);
      try {
        const whole = contextIds(store, ids[2] as string);
        // What an engine from before chained inputs held their whole context stored: each turn's own message.
        const db = new Database(te.dbPath);
        for (const id of ids.slice(1))
          db.prepare(
            "DELETE FROM response_input_items WHERE response_id = ? AND position < (SELECT MAX(position) FROM response_input_items WHERE response_id = ?)",
          ).run(id, id);
        db.close();
        expect(store.inputItems(ids[2] as string)).toHaveLength(1);
        expect(contextIds(store, ids[2] as string)).toEqual(whole);
      } finally {
        store.close();
      }
    });

    it("is still a not-found error when an earlier response was deleted", async () => {
      const ids = await chain(4);
      await client.responses.delete(ids[0] as string);
      const error: unknown = await client.responses
        .create({
          model: "local-echo",
          previous_response_id: ids.at(-1),
          input: "and now?",
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OpenAI.NotFoundError);
      if (!(error instanceof OpenAI.APIError)) return;
      expect(error.param).toBe("previous_response_id");
      expect(error.message).toContain(ids[0]);
    });
  });
});
