import { describe, expect, it } from "vitest";
import { buildRequest } from "./build-request";
import { checkJsonItem } from "./json-item";
import { draftWith } from "./testing/drafts";

describe("checkJsonItem", () => {
  it.each([
    { type: "function_call_output", call_id: "call_1", output: "21C" },
    { type: "item_reference", id: "msg_1" },
    { id: "msg_1" },
    {
      type: "mcp_approval_response",
      approval_request_id: "mcpr_1",
      approve: true,
    },
    {
      type: "computer_call_output",
      call_id: "call_2",
      output: {
        type: "computer_screenshot",
        image_url: "data:image/png;base64,AA",
      },
    },
    { role: "user", content: [{ type: "input_text", text: "hi" }] },
    { type: "some_future_item", anything: 1 },
  ])("accepts %j", (item) => {
    expect(checkJsonItem(JSON.stringify(item))).toEqual({ ok: true, item });
  });

  it("names the field that is wrong, in words", () => {
    expect(
      checkJsonItem('{"type":"function_call_output","output":"x"}'),
    ).toEqual({
      ok: false,
      problems: [
        { field: "call_id", message: 'function_call_output needs "call_id"' },
      ],
    });
    const approval = checkJsonItem(
      '{"type":"mcp_approval_response","approval_request_id":"r","approve":"yes"}',
    );
    expect(approval.ok).toBe(false);
    if (!approval.ok) {
      expect(approval.problems).toHaveLength(1);
      expect(approval.problems[0]?.field).toBe("approve");
      expect(approval.problems[0]?.message).toMatch(/boolean/);
    }
    const screenshot = checkJsonItem(
      '{"type":"computer_call_output","call_id":"c","output":{"type":"image"}}',
    );
    expect(!screenshot.ok && screenshot.problems[0]?.field).toBe("output.type");
  });

  it("explains JSON that is not an item", () => {
    expect(checkJsonItem("")).toMatchObject({ ok: false });
    const broken = checkJsonItem("{");
    expect(!broken.ok && broken.problems[0]?.message).toMatch(/^Invalid JSON/);
    expect(checkJsonItem("[]")).toEqual({
      ok: false,
      problems: [{ field: "", message: "An input item is a JSON object" }],
    });
    expect(checkJsonItem('{"call_id":"c"}')).toMatchObject({
      ok: false,
      problems: [{ field: "type" }],
    });
  });
});

describe("JSON items in the request", () => {
  it("are sent before the messages, and a wrong one is left out with its problem", () => {
    const { body, problems, newInput } = buildRequest(
      draftWith({
        items: [
          { id: "a", json: '{"type":"item_reference","id":"msg_1"}' },
          { id: "b", json: '{"type":"function_call_output"}' },
        ],
      }),
    );
    expect(body.input).toEqual([
      { type: "item_reference", id: "msg_1" },
      { role: "user", content: "Hi" },
    ]);
    expect(newInput).toEqual(body.input);
    expect(problems.map((p) => p.field)).toEqual([
      "items[1].call_id",
      "items[1].output",
    ]);
  });
});
