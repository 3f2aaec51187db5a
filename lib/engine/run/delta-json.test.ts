import { describe, expect, it } from "vitest";
import { DeltaJson } from "./delta-json";

const fields = {
  type: "response.output_text.delta",
  item_id: "msg_1",
  output_index: 0,
  content_index: 0,
};

describe("DeltaJson", () => {
  it("equals the serialized object form, with every optional field", () => {
    const logprobs = [{ token: "é\n", logprob: -0.5, top_logprobs: [] }];
    expect(
      new DeltaJson(fields).json('say "hi"\u2028\n', logprobs, "aZ_-9", 12),
    ).toBe(
      JSON.stringify({
        ...fields,
        delta: 'say "hi"\u2028\n',
        logprobs,
        obfuscation: "aZ_-9",
        sequence_number: 12,
      }),
    );
  });

  it("serializes empty logprobs as the object form does", () => {
    expect(new DeltaJson(fields).json("a", [], undefined, 0)).toBe(
      JSON.stringify({
        ...fields,
        delta: "a",
        logprobs: [],
        sequence_number: 0,
      }),
    );
  });

  it("leaves out the fields it is not given", () => {
    const deltas = new DeltaJson({
      type: "response.refusal.delta",
      item_id: "msg_2",
    });
    expect(deltas.type).toBe("response.refusal.delta");
    expect(deltas.json("no", undefined, undefined, 3)).toBe(
      JSON.stringify({
        type: "response.refusal.delta",
        item_id: "msg_2",
        delta: "no",
        sequence_number: 3,
      }),
    );
  });

  it("keeps the API's key order: fields, delta, logprobs, obfuscation, sequence_number", () => {
    const text = new DeltaJson(fields).json("x", [], "p", 1);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      "type",
      "item_id",
      "output_index",
      "content_index",
      "delta",
      "logprobs",
      "obfuscation",
      "sequence_number",
    ]);
  });
});
