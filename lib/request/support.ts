import { runsOnClient } from "@/lib/api/client-run-tools";
import type { UpstreamKind } from "@/lib/api/upstream";
import type { DraftTool, Includable } from "./draft";

/** Parameters whose support depends on the upstream or the model; the sidebar marks them, never disables them. */
export type MarkedParameter =
  | "sampling"
  | "reasoning"
  | "truncation"
  | "service_tier"
  | "include"
  | "stream_options"
  | "verbosity"
  | "prompt"
  | "prompt_cache"
  | "safety_identifier";

const IGNORED = "local engine ignores";

// What the local engine validates and echoes back but does not act on, and the stored prompts it does not have.
const LOCAL_NOTES: Partial<Record<MarkedParameter, string>> = {
  truncation: IGNORED,
  service_tier: IGNORED,
  prompt_cache: IGNORED,
  safety_identifier: IGNORED,
  verbosity: IGNORED,
  prompt: "local engine stores no prompts",
};

// The `include` values the local engine acts on; it runs no hosted tools and stores input images as sent, so the rest change nothing.
const LOCAL_INCLUDES = new Set<Includable>([
  "reasoning.encrypted_content",
  "message.output_text.logprobs",
]);

// OpenAI platform features other Responses servers (vLLM, Ollama, ...) commonly lack.
const OPENAI_ONLY = new Set<MarkedParameter>([
  "service_tier",
  "include",
  "prompt",
  "prompt_cache",
  "safety_identifier",
  "verbosity",
  "stream_options",
]);

const isReasoningModel = (model: string) => /^(o\d|gpt-5|codex)/i.test(model);
const isClassicModel = (model: string) => /^(gpt-4|gpt-3\.5)/i.test(model);

/**
 * Why a parameter may not take effect with this upstream and model, in a few words, or null.
 * A guess from names, so it only marks; the upstream's own error is the final word.
 */
export function supportNote(
  parameter: MarkedParameter,
  kind: UpstreamKind | null,
  model: string,
): string | null {
  if (parameter === "sampling" && isReasoningModel(model))
    return "reasoning models reject this";
  if (parameter === "reasoning" && isClassicModel(model))
    return "this model does not reason";
  if (kind === "local") return LOCAL_NOTES[parameter] ?? null;
  if (kind === "openai-compatible" && OPENAI_ONLY.has(parameter))
    return "may be unsupported";
  return null;
}

/** Why one `include` value may change nothing with this upstream, or null (the group's own note covers the rest). */
export function includeNote(
  value: Includable,
  kind: UpstreamKind | null,
): string | null {
  return kind === "local" && !LOCAL_INCLUDES.has(value) ? IGNORED : null;
}

/** Why the upstream will not call a tool of the draft, or null: the local engine runs no hosted tool, but plays back examples. */
export function hostedToolNote(
  tool: DraftTool,
  kind: UpstreamKind | null,
): string | null {
  if (kind !== "local") return null;
  const environment =
    tool.type === "shell" && tool.environment !== null
      ? { type: tool.environment }
      : undefined;
  if (runsOnClient({ type: tool.type, environment })) return null;
  return `The local engine runs no hosted tools: it never calls this one; /playback ${tool.type} in your message plays an example.`;
}
