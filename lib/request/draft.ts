import type { ResponseIncludable } from "openai/resources/responses/responses";
import type { Draft } from "./draft-schema";

// The draft's values for the first screen; its zod schema (draft-schema) loads only when a draft is read.

export type {
  Draft,
  DraftJsonItem,
  DraftMessage,
  DraftTextFormat,
  DraftToolChoice,
  MessageRole,
} from "./draft-schema";
export type { DraftTool } from "./draft-tools";
export type { DraftAttachment } from "./draft-attachments";

/**
 * Bump when the draft's shape changes, and teach `parseDraft` to read the older shape.
 * Version 2: tools of every type (version 1 held function tools without a `type`), attachments, JSON items.
 */
export const DRAFT_VERSION = 2;

export const MESSAGE_ROLES = [
  "user",
  "system",
  "developer",
  "assistant",
] as const;
export const REASONING_EFFORTS = [
  "none",
  "minimal",
  "low",
  "medium",
  "high",
  "xhigh",
] as const;
export const REASONING_SUMMARIES = ["auto", "concise", "detailed"] as const;
export const TOOL_CHOICE_OPTIONS = ["auto", "required", "none"] as const;
/** Tool types `tool_choice` can name on their own (the SDK's ToolChoiceTypes, shell and apply_patch). */
export const HOSTED_TOOL_CHOICES = [
  "file_search",
  "web_search_preview",
  "computer_use_preview",
  "code_interpreter",
  "image_generation",
  "shell",
  "apply_patch",
] as const;
export const VERBOSITIES = ["low", "medium", "high"] as const;
export const TRUNCATIONS = ["auto", "disabled"] as const;
export const SERVICE_TIERS = [
  "auto",
  "default",
  "flex",
  "scale",
  "priority",
] as const;
export const PROMPT_CACHE_RETENTIONS = ["in_memory", "24h"] as const;
/** Every value of the SDK's ResponseIncludable. */
export const INCLUDABLES = [
  "file_search_call.results",
  "web_search_call.results",
  "web_search_call.action.sources",
  "message.input_image.image_url",
  "computer_call_output.output.image_url",
  "code_interpreter_call.outputs",
  "reasoning.encrypted_content",
  "message.output_text.logprobs",
] as const satisfies readonly ResponseIncludable[];
export type Includable = (typeof INCLUDABLES)[number];

/** A fresh id for a message or tool row; `randomUUID` is missing outside secure contexts. */
export function newDraftId(prefix: string): string {
  const random =
    typeof crypto !== "undefined" && typeof crypto.randomUUID === "function"
      ? crypto.randomUUID()
      : Math.random().toString(36).slice(2) + Date.now().toString(36);
  return `${prefix}-${random}`;
}

/** A new draft: what `parseDraft` makes of an empty object (draft-schema.test checks they agree). */
export function defaultDraft(): Draft {
  return {
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
  };
}
