import type { ResponseInputItem } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { functionTool, makeContext, userMessage } from "./context-fixture";
import {
  MAX_LISTED_ITEMS,
  renderDescription,
  renderSummaryJson,
  summarizeInput,
  youSaidLine,
} from "./describe-input";
import { base64Bytes, formatBytes } from "./describe-parts";

const richItems: ResponseInputItem[] = [
  { role: "developer", content: "Be terse." },
  {
    type: "message",
    role: "user",
    content: [
      { type: "input_text", text: "Look at " },
      {
        type: "input_image",
        detail: "auto",
        image_url: `data:image/png;base64,${"A".repeat(16_800)}`,
      },
      {
        type: "input_image",
        detail: "low",
        image_url: "https://example.com/cat.png",
      },
      {
        type: "input_file",
        filename: "notes.pdf",
        file_data: `data:application/pdf;base64,${"B".repeat(4096)}`,
      },
      { type: "input_text", text: "these" },
    ],
  },
  {
    type: "function_call",
    call_id: "call_1",
    name: "lookup",
    arguments: '{"q":"x"}',
  },
  { type: "function_call_output", call_id: "call_1", output: "found" },
];

describe("formatBytes and base64Bytes", () => {
  it("formats sizes and decodes base64 length", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(12_600)).toBe("12.3 KB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3.0 MB");
    expect(base64Bytes("QUJD")).toBe(3);
    expect(base64Bytes("QUI=")).toBe(2);
  });
});

describe("summarizeInput", () => {
  it("describes each item with its parts and sizes", () => {
    const summary = summarizeInput(
      makeContext({ items: richItems, newItemCount: 2 }),
      "local-echo",
    );
    expect(summary.items.map((item) => item.description)).toEqual([
      'message (developer): text 9 chars "Be terse."',
      'message (user): input_text 8 chars "Look at", input_image (data URL image/png, 12.3 KB), input_image (URL https://example.com/cat.png), input_file notes.pdf (data URL application/pdf, 3.0 KB), input_text 5 chars "these"',
      "function_call lookup (call_1), arguments 9 chars",
      "function_call_output (call_1), output 5 chars",
    ]);
    expect(summary.youSaid).toBe("Look at these");
  });

  it("describes input_audio parts even though the SDK union omits them", () => {
    const audio = {
      type: "input_audio",
      input_audio: { data: "A".repeat(2048), format: "wav" },
    };
    const item = {
      role: "user",
      content: [audio],
    } as unknown as ResponseInputItem;
    expect(
      summarizeInput(makeContext({ items: [item] }), "local-echo").items[0]
        ?.description,
    ).toBe("message (user): input_audio wav (1.5 KB)");
  });

  it("lists only the newest items of a long conversation", () => {
    const items = Array.from({ length: 30 }, (_, index) =>
      userMessage(`m${index}`),
    );
    const summary = summarizeInput(makeContext({ items }), "local-echo");
    expect(summary.items).toHaveLength(MAX_LISTED_ITEMS);
    expect(summary.items[0]?.position).toBe(11);
    expect(renderDescription(summary)).toContain(
      "(10 earlier items not listed)",
    );
  });
});

describe("renderDescription", () => {
  const context = makeContext({
    model: "gpt-4o",
    instructions: "Be brief.",
    text: "What is new?",
    tools: [functionTool("get_weather"), { type: "web_search" }],
    // Empty ones (as the Agents SDK sends `include: []`) say nothing and are left out.
    parameters: {
      temperature: 0.2,
      max_output_tokens: 300,
      include: [],
      metadata: {},
    },
    reasoning: { effort: "high", summary: "auto" },
    textFormat: { type: "json_object" },
    toolChoice: "required",
    parallelToolCalls: false,
  });

  it("renders a compact markdown list ending with the verbatim echo", () => {
    expect(renderDescription(summarizeInput(context, "local-echo"))).toBe(
      [
        "I am local-echo, a deterministic local model: a program with no weights that lists what it received and repeats your last message.",
        "",
        "- Model: `gpt-4o` (served by local-echo)",
        "- Instructions: 9 chars",
        "- Input: 1 item (1 new in this request)",
        '  1. message (user): text 12 chars "What is new?"',
        "- Tools: get_weather (function), web_search (hosted: the local engine cannot run it; /playback web_search plays an example)",
        "- Parameters: temperature 0.2, max_output_tokens 300, text format json_object, reasoning effort high, summary auto, tool_choice required, parallel_tool_calls false",
        "",
        "You said: What is new?",
      ].join("\n"),
    );
  });

  it("says so when there is no user text", () => {
    expect(youSaidLine("")).toBe(
      "You said nothing: the input has no user text.",
    );
  });

  it("renders the same facts as JSON", () => {
    expect(
      JSON.parse(renderSummaryJson(summarizeInput(context, "local-echo"))),
    ).toMatchObject({
      model: "gpt-4o",
      deterministic: true,
      items: ['message (user): text 12 chars "What is new?"'],
      tools: [
        "get_weather (function)",
        "web_search (hosted: the local engine cannot run it; /playback web_search plays an example)",
      ],
      you_said: "What is new?",
    });
  });
});
