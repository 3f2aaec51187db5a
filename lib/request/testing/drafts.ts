import { newDraftTool } from "../draft-tool-schema";
import { defaultDraft, type Draft, type DraftTool } from "../draft";

/** A default draft with one "Hi" user message, changed by `patch`. */
export function draftWith(patch: Partial<Draft>): Draft {
  return {
    ...defaultDraft(),
    messages: [{ id: "m", role: "user", text: "Hi" }],
    ...patch,
  };
}

export function tool(name: string, parametersJson: string): DraftTool {
  return {
    id: `t-${name}`,
    type: "function",
    name,
    description: "",
    parametersJson,
    strict: true,
  };
}

/**
 * A draft with every field of the schema set away from its default, for round-trip tests. Typed as
 * `Draft`, so a new schema field fails the type check here until the fixture sets it too.
 */
export function everyFieldDraft(): Draft {
  return {
    version: defaultDraft().version,
    upstream: "loopback",
    model: "gpt-5-mini",
    instructions: "Réponds en français — «vite» 🚀",
    messages: [
      { id: "a", role: "system", text: 'Be terse.\n\u2028 \\ "q" it\'s' },
      { id: "b", role: "developer", text: "日本語 👩‍👩‍👧 + / =" },
      { id: "c", role: "assistant", text: "𝔘𝔫𝔦𝔠𝔬𝔡𝔢" },
      { id: "d", role: "user", text: "What is the weather in Paris?" },
    ],
    temperature: 0.7,
    top_p: 0.9,
    max_output_tokens: 512,
    store: false,
    stream: false,
    background: true,
    reasoning: { effort: "high", summary: "detailed" },
    textFormat: {
      type: "json_schema",
      name: "weather",
      schemaJson: '{"type":"object","properties":{"c":{"type":"number"}}}',
      strict: true,
    },
    tools: [
      {
        id: "t",
        type: "function",
        name: "get_weather",
        description: "Weather for a city.",
        parametersJson: '{"type":"object"}',
        strict: false,
      },
      { ...newDraftTool("apply_patch", "p") },
    ],
    toolChoice: { type: "function", name: "get_weather" },
    parallelToolCalls: false,
    metadata: [{ key: "ключ", value: "值" }],
    conversation: "conv_shared",
    items: [{ id: "i", json: '{"type":"item_reference","id":"msg_1"}' }],
    maxToolCalls: 3,
    textVerbosity: "low",
    truncation: "auto",
    serviceTier: "flex",
    include: ["reasoning.encrypted_content"],
    topLogprobs: 2,
    includeObfuscation: false,
    promptCacheKey: "cache-key-1",
    promptCacheRetention: "24h",
    safetyIdentifier: "user-1",
    prompt: { id: "pmpt_1", version: "2", variablesJson: '{"city":"Paris"}' },
  };
}
