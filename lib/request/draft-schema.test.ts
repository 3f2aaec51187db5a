import { describe, expect, it } from "vitest";
import { DRAFT_VERSION, defaultDraft, newDraftId, type Draft } from "./draft";
import { parseDraft } from "./draft-schema";

describe("defaultDraft", () => {
  it("starts on the server's default upstream with one empty user message", () => {
    expect(defaultDraft()).toEqual({
      version: DRAFT_VERSION,
      upstream: "",
      model: "local-echo",
      instructions: "",
      messages: [{ id: "msg-1", role: "user", text: "" }],
      temperature: null,
      top_p: null,
      max_output_tokens: null,
      store: true,
      stream: true,
      background: false,
      reasoning: { effort: null, summary: null },
      textFormat: { type: "text" },
      items: [],
      tools: [],
      toolChoice: "auto",
      parallelToolCalls: null,
      maxToolCalls: null,
      textVerbosity: null,
      truncation: null,
      serviceTier: null,
      include: [],
      topLogprobs: null,
      includeObfuscation: null,
      metadata: [],
      conversation: "",
      promptCacheKey: "",
      promptCacheRetention: null,
      safetyIdentifier: "",
      prompt: { id: "", version: "", variablesJson: "" },
    } satisfies Draft);
  });

  it("returns fresh lists each time", () => {
    const first = defaultDraft();
    first.messages.push({ id: "x", role: "assistant", text: "x" });
    first.metadata.push({ key: "k", value: "v" });
    expect(defaultDraft().messages).toHaveLength(1);
    expect(defaultDraft().metadata).toHaveLength(0);
  });
});

describe("parseDraft", () => {
  it.each([undefined, null, "draft", 42, [], true])(
    // defaultDraft() is written out without zod, so this also checks it agrees with the schema.
    "turns %j into the default draft",
    (input) => {
      expect(parseDraft(input)).toEqual(defaultDraft());
    },
  );

  it("keeps a valid draft unchanged", () => {
    const draft: Draft = {
      ...defaultDraft(),
      upstream: "openai",
      model: "gpt-5",
      instructions: "Be brief.",
      messages: [
        { id: "a", role: "developer", text: "dev" },
        { id: "b", role: "assistant", text: "hi" },
      ],
      temperature: 0,
      top_p: 0.5,
      max_output_tokens: 256,
      store: false,
      stream: false,
      background: true,
      reasoning: { effort: "xhigh", summary: "detailed" },
      textFormat: {
        type: "json_schema",
        name: "out",
        schemaJson: "{}",
        strict: true,
      },
      tools: [
        {
          id: "t",
          type: "function",
          name: "f",
          description: "d",
          parametersJson: "{}",
          strict: false,
        },
      ],
      toolChoice: { type: "function", name: "f" },
      parallelToolCalls: false,
      metadata: [{ key: "k", value: "v" }],
    };
    expect(parseDraft(draft)).toEqual(draft);
    expect(parseDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it("fills a partial draft from defaults", () => {
    const draft = parseDraft({ model: "gpt-5", store: false });
    expect(draft).toEqual({ ...defaultDraft(), model: "gpt-5", store: false });
  });

  it("replaces only the fields that are wrong", () => {
    const draft = parseDraft({
      version: 0,
      model: 7,
      temperature: "hot",
      top_p: Number.NaN,
      stream: "yes",
      reasoning: { effort: "extreme", summary: "auto" },
      textFormat: { type: "yaml" },
      toolChoice: { type: "telepathy" },
      parallelToolCalls: "no",
      instructions: "kept",
    });
    expect(draft.version).toBe(DRAFT_VERSION);
    expect(draft.model).toBe("local-echo");
    expect(draft.temperature).toBeNull();
    expect(draft.top_p).toBeNull();
    expect(draft.stream).toBe(true);
    expect(draft.reasoning).toEqual({ effort: null, summary: "auto" });
    expect(draft.textFormat).toEqual({ type: "text" });
    expect(draft.toolChoice).toBe("auto");
    expect(draft.parallelToolCalls).toBeNull();
    expect(draft.instructions).toBe("kept");
  });

  it("keeps the good entries of a list with broken ones", () => {
    const draft = parseDraft({
      messages: [
        { id: "a", role: "robot", text: "one" },
        "junk",
        null,
        { id: "b", text: 5 },
      ],
      tools: [{ id: "t", name: "f" }, 3],
      metadata: [{ key: "k" }, []],
    });
    expect(draft.messages).toEqual([
      { id: "a", role: "user", text: "one" },
      { id: "b", role: "user", text: "" },
    ]);
    expect(draft.tools).toEqual([
      {
        id: "t",
        type: "function",
        name: "f",
        description: "",
        parametersJson: "",
        strict: true,
      },
    ]);
    expect(draft.metadata).toEqual([{ key: "k", value: "" }]);
  });

  it("keeps an explicitly empty message list", () => {
    expect(parseDraft({ messages: [] }).messages).toEqual([]);
  });

  it("fills json_schema fields left out by an old draft with the API's defaults", () => {
    expect(
      parseDraft({ textFormat: { type: "json_schema" } }).textFormat,
    ).toEqual({
      type: "json_schema",
      name: "",
      schemaJson: "",
      strict: false,
    });
  });

  it("gives rows missing or duplicated ids unique ones", () => {
    const draft = parseDraft({
      messages: [
        { text: "a" },
        { id: "msg-2", text: "b" },
        { id: "msg-2", text: "c" },
      ],
      tools: [{ name: "x" }, { name: "y" }],
    });
    const ids = draft.messages.map((message) => message.id);
    expect(ids[0]).not.toBe("");
    expect(ids[1]).toBe("msg-2");
    expect(new Set(ids).size).toBe(3);
    expect(new Set(draft.tools.map((tool) => tool.id)).size).toBe(2);
  });

  it("drops keys the schema does not know", () => {
    const draft = parseDraft({
      apiKey: "sk-secret",
      messages: [{ id: "a", text: "x", extra: 1 }],
    });
    expect(JSON.stringify(draft)).not.toContain("sk-secret");
    expect(draft.messages[0]).toEqual({ id: "a", role: "user", text: "x" });
  });
});

describe("newDraftId", () => {
  it("makes distinct ids with the prefix", () => {
    const a = newDraftId("msg");
    expect(a.startsWith("msg-")).toBe(true);
    expect(newDraftId("msg")).not.toBe(a);
  });
});
