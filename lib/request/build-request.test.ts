import { describe, expect, it } from "vitest";
import {
  BODY_KEY_ORDER,
  buildRequest,
  buildRequestJson,
  type Continuation,
} from "./build-request";
import { draftWith, tool } from "./testing/drafts";

function containsNull(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== "object") return false;
  return Object.values(value).some(containsNull);
}

describe("buildRequest", () => {
  it("sends only what is set: model, input and stream for a fresh draft", () => {
    const { body, problems } = buildRequest(draftWith({}));
    expect(body).toEqual({
      model: "local-echo",
      input: [{ role: "user", content: "Hi" }],
      stream: true,
    });
    expect(problems).toEqual([]);
  });

  it("never sends nulls the user did not set", () => {
    expect(containsNull(buildRequest(draftWith({})).body)).toBe(false);
  });

  it("sends zero, which is a setting, not an unset value", () => {
    const { body } = buildRequest(
      draftWith({ temperature: 0, top_p: 0, max_output_tokens: 16 }),
    );
    expect(body).toMatchObject({
      temperature: 0,
      top_p: 0,
      max_output_tokens: 16,
    });
  });

  it("sends store only when off, background only when on, stream only when on", () => {
    const on = buildRequest(
      draftWith({ store: true, background: false, stream: true }),
    ).body;
    expect(on).not.toHaveProperty("store");
    expect(on).not.toHaveProperty("background");
    expect(on.stream).toBe(true);
    const off = buildRequest(
      draftWith({ store: false, background: true, stream: false }),
    ).body;
    expect(off.store).toBe(false);
    expect(off.background).toBe(true);
    expect(off).not.toHaveProperty("stream");
  });

  it("sends every role as a message with string content", () => {
    const roles = ["user", "system", "developer", "assistant"] as const;
    const messages = roles.map((role) => ({
      id: role,
      role,
      text: `as ${role}`,
    }));
    expect(buildRequest(draftWith({ messages })).body.input).toEqual(
      roles.map((role) => ({ role, content: `as ${role}` })),
    );
  });

  it("leaves out empty messages and says so", () => {
    const messages = [
      { id: "a", role: "user" as const, text: "  " },
      { id: "b", role: "user" as const, text: "real" },
    ];
    const { body, problems } = buildRequest(draftWith({ messages }));
    expect(body.input).toEqual([{ role: "user", content: "real" }]);
    expect(problems).toEqual([
      { field: "messages[0]", message: "Empty message left out" },
    ]);
  });

  it("sends instructions verbatim and leaves blank ones out", () => {
    expect(
      buildRequest(draftWith({ instructions: " Be brief.\n" })).body
        .instructions,
    ).toBe(" Be brief.\n");
    expect(
      buildRequest(draftWith({ instructions: "  " })).body,
    ).not.toHaveProperty("instructions");
  });

  it("reports an empty model and leaves it out", () => {
    const { body, problems } = buildRequest(draftWith({ model: "" }));
    expect(body).not.toHaveProperty("model");
    expect(problems).toContainEqual({
      field: "model",
      message: "Model is required",
    });
  });

  it("puts keys in the fixed order", () => {
    const draft = draftWith({
      store: false,
      background: true,
      metadata: [{ key: "k", value: "v" }],
      max_output_tokens: 100,
      top_p: 1,
      temperature: 1,
      reasoning: { effort: "low", summary: null },
      textFormat: { type: "json_object" },
      parallelToolCalls: true,
      toolChoice: "required",
      tools: [tool("f", "{}")],
      instructions: "x",
      prompt: { id: "pmpt_1", version: "", variablesJson: "" },
      maxToolCalls: 3,
      topLogprobs: 2,
      truncation: "auto",
      include: ["reasoning.encrypted_content"],
      promptCacheKey: "k",
      promptCacheRetention: "24h",
      safetyIdentifier: "user-1",
      serviceTier: "flex",
      includeObfuscation: false,
    });
    const keys = Object.keys(
      buildRequest(draft, { previousResponseId: "resp_1", history: [] }).body,
    );
    // conversation and previous_response_id never go together: each takes its place in turn.
    expect(keys).toEqual(BODY_KEY_ORDER.filter((k) => k !== "conversation"));
    const inConversation = Object.keys(
      buildRequest({ ...draft, conversation: "conv_1" }).body,
    );
    expect(inConversation).toEqual(
      BODY_KEY_ORDER.filter((k) => k !== "previous_response_id"),
    );
  });
});

describe("buildRequest with a continuation", () => {
  const history = [
    { role: "user", content: "first" },
    {
      type: "message",
      id: "msg_1",
      role: "assistant",
      status: "completed",
      content: [{ type: "output_text", text: "one", annotations: [] }],
    },
  ];

  it("chains to a stored response and sends only the new messages", () => {
    const continuation: Continuation = {
      previousResponseId: "resp_1",
      history: [],
    };
    const { body } = buildRequest(
      draftWith({ instructions: "again" }),
      continuation,
    );
    expect(body.previous_response_id).toBe("resp_1");
    expect(body.input).toEqual([{ role: "user", content: "Hi" }]);
    expect(body.instructions).toBe("again");
  });

  it("chains to a stored response and resends the unstored items after it", () => {
    const { body } = buildRequest(draftWith({}), {
      previousResponseId: "resp_1",
      history,
    });
    expect(body.previous_response_id).toBe("resp_1");
    expect(body.input).toEqual([...history, { role: "user", content: "Hi" }]);
  });

  it("sends the whole history before the new messages when nothing was stored", () => {
    const { body, problems } = buildRequest(draftWith({ store: false }), {
      previousResponseId: null,
      history: [...history, "junk"],
    });
    expect(body).not.toHaveProperty("previous_response_id");
    expect(body.input).toEqual([...history, { role: "user", content: "Hi" }]);
    expect(problems).toEqual([
      { field: "history[2]", message: "Not an input item, left out" },
    ]);
  });
});

describe("buildRequest within a conversation", () => {
  it("sends the conversation id and only the new messages", () => {
    const { body } = buildRequest(draftWith({ conversation: " conv_1 " }));
    expect(body.conversation).toBe("conv_1");
    expect(body.input).toEqual([{ role: "user", content: "Hi" }]);
  });

  it("never sends previous_response_id or resent history beside it", () => {
    const chained = buildRequest(draftWith({ conversation: "conv_1" }), {
      previousResponseId: "resp_1",
      history: [],
    });
    expect(chained.body).not.toHaveProperty("previous_response_id");
    expect(chained.body.conversation).toBe("conv_1");
    const unstored = buildRequest(
      draftWith({ conversation: "conv_1", store: false }),
      { previousResponseId: null, history: [{ role: "user", content: "x" }] },
    );
    expect(unstored.body.input).toEqual([{ role: "user", content: "Hi" }]);
  });

  it("sends no conversation when the field is blank", () => {
    const { body } = buildRequest(draftWith({ conversation: "  " }), {
      previousResponseId: "resp_1",
      history: [],
    });
    expect(body).not.toHaveProperty("conversation");
    expect(body.previous_response_id).toBe("resp_1");
  });
});

describe("buildRequestJson", () => {
  it("is the body as two-space indented JSON", () => {
    const draft = draftWith({ instructions: "Be brief.", temperature: 0.2 });
    const json = buildRequestJson(draft);
    expect(json).toBe(JSON.stringify(buildRequest(draft).body, null, 2));
    expect(json.split("\n").slice(0, 3)).toEqual([
      "{",
      '  "model": "local-echo",',
      '  "instructions": "Be brief.",',
    ]);
  });
});
