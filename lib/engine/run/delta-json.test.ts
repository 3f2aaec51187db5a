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
      new DeltaJson(fields).json('say "hi"\u2028\n', logprobs, "aZ_-9"),
    ).toBe(
      JSON.stringify({
        ...fields,
        delta: 'say "hi"\u2028\n',
        logprobs,
        obfuscation: "aZ_-9",
      }),
    );
  });

  it("leaves out the fields it is not given", () => {
    const deltas = new DeltaJson({
      type: "response.refusal.delta",
      item_id: "msg_2",
    });
    expect(deltas.type).toBe("response.refusal.delta");
    expect(deltas.json("no", undefined, undefined)).toBe(
      JSON.stringify({
        type: "response.refusal.delta",
        item_id: "msg_2",
        delta: "no",
      }),
    );
  });

  it("keeps the API's key order: fields, delta, logprobs, obfuscation", () => {
    const text = new DeltaJson(fields).json("x", [], "p");
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      "type",
      "item_id",
      "output_index",
      "content_index",
      "delta",
      "logprobs",
      "obfuscation",
    ]);
  });
});
