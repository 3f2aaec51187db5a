import type { ResponseOutputItem } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import {
  itemText,
  itemTitle,
  itemTypeLabel,
  normalizeUsage,
  outputText,
} from "./item-helpers";
import { treeFromResponse } from "./reduce-events";
import { responseOf } from "./testing/streams";
import type { Response as ApiResponse } from "openai/resources/responses/responses";

const items = [
  {
    id: "msg_1",
    type: "message",
    role: "assistant",
    status: "completed",
    content: [
      { type: "output_text", text: "Hello ", annotations: [] },
      { type: "refusal", refusal: "(no)" },
      { type: "output_text", text: "world", annotations: [] },
    ],
  },
  {
    id: "rs_1",
    type: "reasoning",
    summary: [
      { type: "summary_text", text: "a" },
      { type: "summary_text", text: "b" },
    ],
  },
  {
    id: "fc_1",
    type: "function_call",
    call_id: "c",
    name: "get_weather",
    arguments: '{"city":"Paris"}',
    status: "completed",
  },
  {
    id: "mcp_1",
    type: "mcp_call",
    server_label: "docs",
    name: "search",
    arguments: "{}",
    status: "completed",
  },
  {
    id: "fc_2",
    type: "function_call",
    call_id: "d",
    name: "lookup",
    namespace: "mcp__crm",
    arguments: "{}",
    status: "completed",
  },
  { id: "x_1", type: "hologram_call" },
] as unknown as ResponseOutputItem[];

describe("item helpers", () => {
  it("titles items, including types this version does not know", () => {
    expect(items.map(itemTitle)).toEqual([
      "Message",
      "Reasoning",
      "Function call · get_weather",
      "MCP call · docs.search",
      "Function call · mcp__crm.lookup",
      "Hologram call",
    ]);
    expect(itemTypeLabel("")).toBe("Item");
  });

  it("gives the main text of an item", () => {
    expect(items.map(itemText)).toEqual([
      "Hello (no)world",
      "a\n\nb",
      '{"city":"Paris"}',
      "{}",
      "{}",
      "",
    ]);
  });

  it("computes output_text like the SDK, from items or from tree nodes", () => {
    expect(outputText(items)).toBe("Hello world");
    const tree = treeFromResponse({
      ...responseOf("completed"),
      output: items,
    } as unknown as ApiResponse);
    expect(outputText(tree.output)).toBe("Hello world");
  });

  it("normalizes Responses and Chat Completions usage", () => {
    expect(
      normalizeUsage({
        input_tokens: 10,
        input_tokens_details: { cached_tokens: 4 },
        output_tokens: 6,
        output_tokens_details: { reasoning_tokens: 2 },
        total_tokens: 16,
      }),
    ).toEqual({ input: 10, cached: 4, output: 6, reasoning: 2, total: 16 });
    expect(normalizeUsage({ prompt_tokens: 3, completion_tokens: 5 })).toEqual({
      input: 3,
      cached: null,
      output: 5,
      reasoning: null,
      total: 8,
    });
    expect(normalizeUsage(null)).toBeNull();
  });
});
