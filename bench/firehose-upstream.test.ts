import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFirehose, type Firehose } from "./firehose-upstream";

describe("firehose upstream", () => {
  let firehose: Firehose;
  beforeAll(async () => {
    firehose = await startFirehose();
  });
  afterAll(() => firehose.close());

  it("streams N word deltas ending in END, which the SDK accumulates into one message", async () => {
    const client = new OpenAI({
      apiKey: "unused",
      baseURL: firehose.baseURL(50),
    });
    const stream = client.responses.stream({ model: "firehose", input: "go" });
    let deltas = 0;
    const sequence: number[] = [];
    for await (const event of stream) {
      sequence.push(event.sequence_number);
      if (event.type === "response.output_text.delta") deltas += 1;
    }
    const response = await stream.finalResponse();
    expect(deltas).toBe(50);
    expect(sequence).toEqual(sequence.map((_, i) => i));
    expect(response.output_text).toBe(`${"word ".repeat(49)}END`);
  });
});
