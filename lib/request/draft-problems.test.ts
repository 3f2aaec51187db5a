import { describe, expect, it } from "vitest";
import { buildRequest } from "./build-request";
import { defaultDraft, type Draft } from "./draft";
import { reportedProblems, sendBlockers } from "./draft-problems";

const problem = (field: string, message = "wrong") => ({ field, message });

describe("reportedProblems", () => {
  it("leaves out only an empty message box", () => {
    expect(
      reportedProblems([
        problem("messages[0]", "Empty message left out"),
        problem("messages[1].attachments[0]", "Still uploading"),
        problem("history[2]"),
        problem("tools[0].parameters"),
      ]).map((p) => p.field),
    ).toEqual([
      "messages[1].attachments[0]",
      "history[2]",
      "tools[0].parameters",
    ]);
  });
});

describe("sendBlockers", () => {
  it("holds Send back for what the person wrote and the body would lack, not for the model, the thread or call answers", () => {
    expect(
      sendBlockers([
        problem("messages[0]", "Empty message left out"),
        problem("messages[1].attachments"),
        problem("history[2]"),
        problem("answer to call_1"),
        problem("model"),
        problem("tools[0].parameters"),
        problem("tool_choice"),
        problem("text.format.schema"),
        problem("metadata[0].key"),
        problem("prompt.variables"),
        problem("items[0]"),
        problem("attachments"),
      ]).map((p) => p.field),
    ).toEqual([
      "messages[1].attachments",
      "tools[0].parameters",
      "tool_choice",
      "text.format.schema",
      "metadata[0].key",
      "prompt.variables",
      "items[0]",
      "attachments",
    ]);
  });

  it("names a function tool whose parameters box is not JSON, which the body would otherwise lack", () => {
    const base = defaultDraft();
    const draft: Draft = {
      ...base,
      messages: [{ ...base.messages[0]!, text: "hello" }],
      tools: [
        {
          id: "tool_1",
          type: "function",
          name: "get_weather",
          description: "",
          parametersJson: "{ not json",
          strict: true,
        },
      ],
    };
    const built = buildRequest(draft);
    expect(built.body.tools).toBeUndefined();
    const blockers = sendBlockers(built.problems);
    expect(blockers.map((p) => p.field)).toEqual(["tools[0].parameters"]);
    expect(blockers[0]?.message).toMatch(/^Invalid JSON/);
  });

  it("lets a draft with only an empty extra message box through", () => {
    const base = defaultDraft();
    const draft: Draft = {
      ...base,
      messages: [
        { ...base.messages[0]!, text: "hello" },
        { ...base.messages[0]!, id: "msg_2", text: "" },
      ],
    };
    expect(buildRequest(draft).problems).not.toEqual([]);
    expect(sendBlockers(buildRequest(draft).problems)).toEqual([]);
  });
});
