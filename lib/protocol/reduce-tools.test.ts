import { describe, expect, it } from "vitest";
import { itemText } from "./item-helpers";
import { itemStream } from "./testing/oracle";

describe("tool calls", () => {
  it("streams function call arguments", () => {
    const item = {
      id: "fc_1",
      type: "function_call",
      call_id: "call_1",
      name: "get_weather",
      arguments: "",
      status: "in_progress",
    };
    const on = { item_id: "fc_1", output_index: 0 };
    const { node, midway } = itemStream(
      item,
      [
        {
          type: "response.function_call_arguments.delta",
          ...on,
          delta: '{"city":',
        },
        {
          type: "response.function_call_arguments.delta",
          ...on,
          delta: '"Paris"}',
        },
        {
          type: "response.function_call_arguments.done",
          ...on,
          name: "get_weather",
          arguments: '{"city":"Paris"}',
        },
      ],
      { arguments: '{"city":"Paris"}', status: "completed" },
    );
    expect(midway && itemText(midway.item)).toBe('{"city":"Paris"}');
    expect(node.done).toBe(true);
  });

  it("streams custom tool input", () => {
    const item = {
      id: "ctc_1",
      type: "custom_tool_call",
      call_id: "call_2",
      name: "sql",
      input: "",
    };
    const on = { item_id: "ctc_1", output_index: 0 };
    const { node } = itemStream(
      item,
      [
        {
          type: "response.custom_tool_call_input.delta",
          ...on,
          delta: "SELECT ",
        },
        { type: "response.custom_tool_call_input.delta", ...on, delta: "1" },
        {
          type: "response.custom_tool_call_input.done",
          ...on,
          input: "SELECT 1",
        },
      ],
      { input: "SELECT 1" },
    );
    expect(itemText(node.item)).toBe("SELECT 1");
  });

  it("streams an MCP tool list and an MCP call with arguments", () => {
    const list = {
      id: "mcpl_1",
      type: "mcp_list_tools",
      server_label: "docs",
      tools: [],
    };
    const onList = { item_id: "mcpl_1", output_index: 0 };
    const listed = itemStream(
      list,
      [
        { type: "response.mcp_list_tools.in_progress", ...onList },
        { type: "response.mcp_list_tools.completed", ...onList },
      ],
      { tools: [{ name: "search", input_schema: {} }] },
    );
    expect(listed.midway?.phase).toBe("completed");
    const call = {
      id: "mcp_1",
      type: "mcp_call",
      server_label: "docs",
      name: "search",
      arguments: "",
      status: "in_progress",
    };
    const on = { item_id: "mcp_1", output_index: 0 };
    const { node, midway } = itemStream(
      call,
      [
        { type: "response.mcp_call.in_progress", ...on },
        { type: "response.mcp_call_arguments.delta", ...on, delta: '{"q":' },
        { type: "response.mcp_call_arguments.delta", ...on, delta: '"x"}' },
        {
          type: "response.mcp_call_arguments.done",
          ...on,
          arguments: '{"q":"x"}',
        },
        { type: "response.mcp_call.failed", ...on },
      ],
      { arguments: '{"q":"x"}', status: "failed", error: "boom" },
    );
    expect(midway?.phase).toBe("failed");
    expect(midway?.item).toMatchObject({
      arguments: '{"q":"x"}',
      status: "failed",
    });
    expect(node.item).toMatchObject({ error: "boom" });
  });

  it("streams code interpreter code and statuses", () => {
    const item = {
      id: "ci_1",
      type: "code_interpreter_call",
      code: "",
      container_id: "cntr_1",
      outputs: null,
      status: "in_progress",
    };
    const on = { item_id: "ci_1", output_index: 0 };
    const { midway } = itemStream(
      item,
      [
        { type: "response.code_interpreter_call.in_progress", ...on },
        {
          type: "response.code_interpreter_call_code.delta",
          ...on,
          delta: "print(",
        },
        {
          type: "response.code_interpreter_call_code.delta",
          ...on,
          delta: "1)",
        },
        {
          type: "response.code_interpreter_call_code.done",
          ...on,
          code: "print(1)",
        },
        { type: "response.code_interpreter_call.interpreting", ...on },
        { type: "response.code_interpreter_call.completed", ...on },
      ],
      {
        code: "print(1)",
        status: "completed",
        outputs: [{ type: "logs", logs: "1" }],
      },
    );
    expect(midway?.phase).toBe("completed");
    expect(midway?.item).toMatchObject({
      code: "print(1)",
      status: "completed",
    });
  });
});
