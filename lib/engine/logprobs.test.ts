import { describe, expect, it } from "vitest";
import {
  accumulate,
  createTestEngine,
  streamEvents,
} from "./testing/engine-client";

const { client } = createTestEngine();

function textPart(output: Awaited<ReturnType<typeof accumulate>>["output"]) {
  const message = output.find((item) => item.type === "message");
  const part = message?.type === "message" ? message.content[0] : undefined;
  if (part?.type !== "output_text") throw new Error("no output_text part");
  return part;
}

describe("logprobs", () => {
  it("with include message.output_text.logprobs, every token has a logprob and top_logprobs alternatives", async () => {
    const body = {
      input: "Score these words",
      include: ["message.output_text.logprobs" as const],
      top_logprobs: 3,
    };
    const events = await streamEvents(client, body);
    const part = textPart(accumulate(events).output);
    const logprobs = part.logprobs ?? [];
    expect(logprobs.map((entry) => entry.token).join("")).toBe(part.text);
    for (const entry of logprobs) {
      expect(entry.logprob).toBeLessThanOrEqual(0);
      expect(entry.bytes).toEqual([...Buffer.from(entry.token, "utf8")]);
      expect(entry.top_logprobs).toHaveLength(3);
      expect(entry.top_logprobs[0]?.token).toBe(entry.token);
    }
    const deltas = events.filter(
      (event) => event.type === "response.output_text.delta",
    );
    expect(deltas.flatMap((event) => event.logprobs)).toHaveLength(
      logprobs.length,
    );

    const stored = await client.responses.retrieve(
      events[0]?.type === "response.created" ? events[0].response.id : "",
    );
    expect(textPart(stored.output).logprobs).toEqual(logprobs);

    const again = textPart(accumulate(await streamEvents(client, body)).output);
    expect(again.logprobs).toEqual(logprobs);
  });

  it("without the include, logprobs stay empty", async () => {
    const events = await streamEvents(client, {
      input: "No scores",
      top_logprobs: 3,
    });
    expect(textPart(accumulate(events).output).logprobs).toEqual([]);
    for (const event of events)
      if (event.type === "response.output_text.delta")
        expect(event.logprobs).toEqual([]);
  });
});
