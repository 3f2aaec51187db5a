import { describe, expect, it } from "vitest";
import { reduceEvents } from "./reduce-events";
import {
  completed,
  expectAgreesWithOracle,
  itemStream,
} from "./testing/oracle";
import { created } from "./testing/streams";

/** Items that stream as `output_item.added` then `output_item.done`, with no events of their own in between. */
const wholeItems: [string, Record<string, unknown>, Record<string, unknown>][] =
  [
    [
      "computer_call",
      {
        id: "cu_1",
        type: "computer_call",
        call_id: "call_cu",
        action: { type: "click", button: "left", x: 10, y: 20 },
        pending_safety_checks: [],
        status: "in_progress",
      },
      {
        status: "completed",
        pending_safety_checks: [
          { id: "sc_1", code: "malicious_instructions", message: "Careful." },
        ],
      },
    ],
    [
      "computer_call_output",
      {
        id: "cuo_1",
        type: "computer_call_output",
        call_id: "call_cu",
        output: { type: "computer_screenshot", image_url: "" },
        status: "in_progress",
      },
      {
        output: {
          type: "computer_screenshot",
          image_url: "data:image/png;base64,AAAA",
        },
        status: "completed",
      },
    ],
    [
      "local_shell_call",
      {
        id: "ls_1",
        type: "local_shell_call",
        call_id: "call_ls",
        action: { type: "exec", command: ["ls"], env: {} },
        status: "in_progress",
      },
      {
        action: { type: "exec", command: ["ls", "-la"], env: { A: "1" } },
        status: "completed",
      },
    ],
    [
      "local_shell_call_output",
      {
        id: "lso_1",
        type: "local_shell_call_output",
        output: "",
        status: "in_progress",
      },
      { output: "total 0\n", status: "completed" },
    ],
    [
      "apply_patch_call",
      {
        id: "ap_1",
        type: "apply_patch_call",
        call_id: "call_ap",
        operation: { type: "update_file", path: "a.txt", diff: "" },
        status: "in_progress",
      },
      {
        operation: {
          type: "update_file",
          path: "a.txt",
          diff: "@@\n-old\n+new\n",
        },
        status: "completed",
      },
    ],
    [
      "apply_patch_call_output",
      {
        id: "apo_1",
        type: "apply_patch_call_output",
        call_id: "call_ap",
        status: "completed",
        output: null,
      },
      { output: "Patched a.txt", status: "completed" },
    ],
    [
      "mcp_approval_request",
      {
        id: "mcpr_1",
        type: "mcp_approval_request",
        server_label: "docs",
        name: "delete_page",
        arguments: '{"page":1}',
      },
      {},
    ],
    [
      "custom_tool_call_output",
      {
        id: "ctco_1",
        type: "custom_tool_call_output",
        call_id: "call_ct",
        output: "",
        status: "in_progress",
      },
      { output: "42", status: "completed" },
    ],
  ];

describe("item types without their own events", () => {
  it.each(wholeItems)(
    "%s: shown as added, then as done, agreeing with the SDK at every step",
    (type, item, final) => {
      const { node, midway } = itemStream(item, [], final);
      expect(midway?.item).toEqual(item);
      expect(midway?.done).toBe(false);
      expect(node.done).toBe(true);
      expect(node.item).toEqual({ ...item, ...final });
      expect(node.item.type).toBe(type);
    },
  );
});

describe("web and file search results", () => {
  it("keeps each web search action and its sources", () => {
    const on = { item_id: "ws_1", output_index: 0 };
    const actions = [
      {
        type: "search",
        queries: ["a", "b"],
        sources: [{ type: "url", url: "https://example.com" }],
      },
      { type: "open_page", url: "https://example.com" },
      { type: "find_in_page", url: "https://example.com", pattern: "x" },
    ];
    for (const action of actions) {
      const { node } = itemStream(
        {
          id: "ws_1",
          type: "web_search_call",
          action: { type: "search" },
          status: "in_progress",
        },
        [
          { type: "response.web_search_call.in_progress", ...on },
          { type: "response.web_search_call.searching", ...on },
          { type: "response.web_search_call.completed", ...on },
        ],
        { action, status: "completed" },
      );
      expect(node.item).toMatchObject({ action });
    }
  });

  it("keeps file search results with their scores", () => {
    const on = { item_id: "fs_1", output_index: 0 };
    const results = [
      { file_id: "file_1", filename: "a.md", score: 0.91, text: "alpha" },
      { file_id: "file_2", filename: "b.md", score: 0.5, text: "beta" },
    ];
    const { node, midway } = itemStream(
      {
        id: "fs_1",
        type: "file_search_call",
        queries: ["alpha"],
        results: null,
        status: "in_progress",
      },
      [
        { type: "response.file_search_call.in_progress", ...on },
        { type: "response.file_search_call.searching", ...on },
        { type: "response.file_search_call.completed", ...on },
      ],
      { results, status: "completed" },
    );
    expect(midway?.item).toMatchObject({ results: null, status: "completed" });
    expect(node.item).toMatchObject({ results });
  });
});

describe("MCP failures", () => {
  it("marks a failed tool listing with its error", () => {
    const on = { item_id: "mcpl_1", output_index: 0 };
    const { node, midway } = itemStream(
      {
        id: "mcpl_1",
        type: "mcp_list_tools",
        server_label: "docs",
        tools: [],
      },
      [
        { type: "response.mcp_list_tools.in_progress", ...on },
        { type: "response.mcp_list_tools.failed", ...on },
      ],
      { error: "401 from the server" },
    );
    expect(midway?.phase).toBe("failed");
    expect(node.item).toMatchObject({ error: "401 from the server" });
  });
});

describe("parallel tool calls", () => {
  it("keeps a function call and a custom tool call side by side, each with its own input", () => {
    const fn = {
      id: "fc_1",
      type: "function_call",
      call_id: "call_a",
      name: "get_weather",
      arguments: "",
      status: "in_progress",
    };
    const custom = {
      id: "ctc_1",
      type: "custom_tool_call",
      call_id: "call_b",
      name: "sql",
      input: "",
    };
    const events = completed([
      created(),
      { type: "response.output_item.added", output_index: 0, item: fn },
      { type: "response.output_item.added", output_index: 1, item: custom },
      {
        type: "response.function_call_arguments.delta",
        item_id: "fc_1",
        output_index: 0,
        delta: '{"city":"Oslo"}',
      },
      {
        type: "response.custom_tool_call_input.delta",
        item_id: "ctc_1",
        output_index: 1,
        delta: "SELECT 1",
      },
      {
        type: "response.function_call_arguments.done",
        item_id: "fc_1",
        output_index: 0,
        name: "get_weather",
        arguments: '{"city":"Oslo"}',
      },
      {
        type: "response.custom_tool_call_input.done",
        item_id: "ctc_1",
        output_index: 1,
        input: "SELECT 1",
      },
      {
        type: "response.output_item.done",
        output_index: 0,
        item: { ...fn, arguments: '{"city":"Oslo"}', status: "completed" },
      },
      {
        type: "response.output_item.done",
        output_index: 1,
        item: { ...custom, input: "SELECT 1" },
      },
    ]);
    const { tree } = expectAgreesWithOracle(events);
    expect(tree.violations).toEqual([]);
    const midway = reduceEvents(events.slice(0, 5));
    expect(midway.output.map((node) => node.item)).toMatchObject([
      { arguments: '{"city":"Oslo"}' },
      { input: "SELECT 1" },
    ]);
  });
});
