import type { ResponseInputItem } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { itemTypesWithStatus } from "./spec/item-status";
import { createTestEngine } from "./testing/engine-client";

const te = createTestEngine();
const { client } = te;

/** Types whose input form requires a status too, so a client always sends one. */
const statusRequiredOnInput = { status: "completed" };

/**
 * One item of each type the API lists with a status, as history a client replays: without a status
 * where the input allows that, and otherwise complete (the listed forms require every other key shown).
 */
const history = [
  { type: "message", role: "user", content: "Look these up." },
  {
    type: "message",
    role: "assistant",
    content: [{ type: "output_text", text: "Looking.", annotations: [] }],
  },
  { type: "function_call", call_id: "call_f", name: "lookup", arguments: "{}" },
  { type: "function_call_output", call_id: "call_f", output: "found" },
  { type: "custom_tool_call", call_id: "call_c", name: "grammar", input: "x" },
  { type: "custom_tool_call_output", call_id: "call_c", output: "ok" },
  {
    type: "computer_call",
    id: "cu_1",
    call_id: "call_u",
    action: { type: "screenshot" },
    pending_safety_checks: [],
    ...statusRequiredOnInput,
  },
  {
    type: "computer_call_output",
    call_id: "call_u",
    output: {
      type: "computer_screenshot",
      image_url: "data:image/png;base64,iVBORw0KGgo=",
    },
  },
  {
    type: "web_search_call",
    id: "ws_1",
    action: { type: "search", query: "weather" },
    ...statusRequiredOnInput,
  },
  {
    type: "file_search_call",
    id: "fs_1",
    queries: ["report"],
    ...statusRequiredOnInput,
  },
  {
    type: "image_generation_call",
    id: "ig_1",
    result: null,
    ...statusRequiredOnInput,
  },
  {
    type: "code_interpreter_call",
    id: "ci_1",
    code: "1+1",
    container_id: "cntr_1",
    outputs: null,
    ...statusRequiredOnInput,
  },
  {
    type: "local_shell_call",
    id: "ls_1",
    call_id: "call_l",
    action: { type: "exec", command: ["ls"], env: {} },
    ...statusRequiredOnInput,
  },
  {
    type: "shell_call",
    call_id: "call_s",
    action: { commands: ["ls"], timeout_ms: null, max_output_length: null },
    environment: null,
  },
  {
    type: "shell_call_output",
    call_id: "call_s",
    output: [
      { stdout: "a", stderr: "", outcome: { type: "exit", exit_code: 0 } },
    ],
    max_output_length: null,
  },
  {
    type: "apply_patch_call",
    call_id: "call_p",
    operation: { type: "delete_file", path: "a.txt" },
    ...statusRequiredOnInput,
  },
  {
    type: "apply_patch_call_output",
    call_id: "call_p",
    ...statusRequiredOnInput,
  },
  {
    type: "tool_search_call",
    call_id: "call_t",
    execution: "client",
    arguments: {},
  },
  {
    type: "tool_search_output",
    call_id: "call_t",
    execution: "client",
    tools: [],
  },
] as unknown as ResponseInputItem[];

describe("item status", () => {
  it("covers every input item type the spec lists with a required status", () => {
    // program_output is an output-only item: the API takes no such input.
    const inputTypes = [...itemTypesWithStatus].filter(
      (type) => type !== "program_output",
    );
    expect(new Set(history.map((item) => item.type))).toEqual(
      new Set(inputTypes),
    );
  });

  it("lists each such item with status completed in input_items and conversation items", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: history,
    });
    const listed = await client.responses.inputItems.list(response.id, {
      order: "asc",
      limit: 100,
    });
    expect(
      listed.data.map((item) => [
        item.type,
        "status" in item ? item.status : undefined,
      ]),
    ).toEqual(history.map((item) => [item.type, "completed"]));

    const conversation = await client.conversations.create({
      items: history,
    });
    const items = await client.conversations.items.list(conversation.id, {
      order: "asc",
      limit: 100,
    });
    expect(
      items.data.map((item) => [
        item.type,
        "status" in item ? item.status : undefined,
      ]),
    ).toEqual(history.map((item) => [item.type, "completed"]));
  });

  it("lists an output whose own form has no status (a custom_tool_call) with one once it is history", async () => {
    const tools = [{ type: "custom" as const, name: "grammar" }];
    const call = await client.responses.create({
      model: "local-echo",
      input: "/playback custom",
      tools,
    });
    const output = call.output.find((item) => item.type === "custom_tool_call");
    expect(output && "status" in output).toBe(false);
    // The API takes the conversation on only with the call answered.
    const answer = {
      type: "custom_tool_call_output" as const,
      call_id: output?.type === "custom_tool_call" ? output.call_id : "",
      output: "done",
    };

    const chained = await client.responses.create({
      model: "local-echo",
      previous_response_id: call.id,
      input: [answer],
    });
    const byReference = await client.responses.create({
      model: "local-echo",
      input: [{ type: "item_reference", id: output?.id ?? "" }, answer],
    });
    const conversation = await client.conversations.create({});
    await client.responses.create({
      model: "local-echo",
      conversation: conversation.id,
      input: "/playback custom",
      tools,
    });
    const listed = [
      ...(await client.responses.inputItems.list(chained.id)).data,
      ...(await client.responses.inputItems.list(byReference.id)).data,
      ...(await client.conversations.items.list(conversation.id)).data,
    ].filter((item) => item.type === "custom_tool_call");
    expect(listed.map((item) => "status" in item && item.status)).toEqual([
      "completed",
      "completed",
      "completed",
    ]);
  });

  it("keeps a status the client sent", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: [
        {
          type: "function_call",
          call_id: "call_k",
          name: "lookup",
          arguments: "{}",
          status: "incomplete",
        },
        { type: "function_call_output", call_id: "call_k", output: "x" },
      ],
    });
    const listed = await client.responses.inputItems.list(response.id, {
      order: "asc",
    });
    expect(
      listed.data.map((item) => ("status" in item ? item.status : null)),
    ).toEqual(["incomplete", "completed"]);
  });
});
