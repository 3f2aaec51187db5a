import type { UpstreamKind } from "@/lib/api/upstream";

/** Parameters whose support depends on the upstream or the model; the sidebar marks them, never disables them. */
export type MarkedParameter =
  | "sampling"
  | "reasoning"
  | "top_logprobs"
  | "truncation"
  | "service_tier"
  | "include"
  | "stream_options"
  | "verbosity"
  | "prompt"
  | "prompt_cache"
  | "safety_identifier"
  | "hosted_tools";

// What the local engine validates and echoes back but does not act on.
const LOCAL_IGNORES = new Set<MarkedParameter>([
  "top_logprobs",
  "truncation",
  "service_tier",
  "include",
  "stream_options",
  "prompt",
  "prompt_cache",
  "safety_identifier",
  "hosted_tools",
]);

// OpenAI platform features other Responses servers (vLLM, Ollama, ...) commonly lack.
const OPENAI_ONLY = new Set<MarkedParameter>([
  "service_tier",
  "include",
  "prompt",
  "prompt_cache",
  "safety_identifier",
  "hosted_tools",
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
  if (kind === "local" && LOCAL_IGNORES.has(parameter))
    return "local engine ignores";
  if (kind === "openai-compatible" && OPENAI_ONLY.has(parameter))
    return "may be unsupported";
  return null;
}
