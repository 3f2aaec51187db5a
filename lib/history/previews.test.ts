import { describe, expect, it } from "vitest";
import type { ResponseOutputItem } from "openai/resources/responses/responses";
import { inputPreview, outputPreview } from "./previews";

describe("inputPreview", () => {
  it("reads a string input and the text of input items", () => {
    expect(inputPreview("  just\n text ")).toBe("just text");
    expect(
      inputPreview([
        { role: "user", content: "first" },
        {
          type: "message",
          role: "user",
          content: [
            { type: "input_text", text: "second" },
            { type: "input_image", image_url: "data:," },
          ],
        },
        { type: "function_call_output", call_id: "c1", output: "42" },
      ]),
    ).toBe("first second [input_image] 42");
  });

  it("is empty for input it cannot read", () => {
    expect(inputPreview(undefined)).toBe("");
    expect(inputPreview([null, 3])).toBe("");
  });
});

describe("outputPreview", () => {
  it("falls back to the first item's text, then its title", () => {
    const call: ResponseOutputItem = {
      type: "function_call",
      id: "fc_1",
      call_id: "call_1",
      name: "get_weather",
      arguments: '{"city":"Paris"}',
      status: "completed",
    };
    expect(outputPreview([call])).toBe('{"city":"Paris"}');
    expect(outputPreview([{ ...call, arguments: "" }])).toBe(
      "Function call · get_weather",
    );
    expect(outputPreview([])).toBe("");
  });
});
