import type {
  ResponseFormatTextConfig,
  ResponseInputItem,
  ResponseOutputText,
  Tool,
} from "openai/resources/responses/responses";
import type { ScriptedItem } from "./scripted-item";

/** What the engine hands a local model: the whole context it would see, already resolved. */
export interface ModelContext {
  /** The model id the client asked for (any string; echoed back). */
  model: string;
  /** This request's instructions (never carried over from a previous response). */
  instructions: string | null;
  /**
   * Every item the model sees, oldest first: the previous response chain or the conversation,
   * compaction items already expanded, then this request's own input. Each item has an `id`.
   */
  items: ResponseInputItem[];
  /** How many of `items` (from the end) are this request's own input. */
  newItemCount: number;
  tools: Tool[];
  /** "none" | "auto" | "required" | {type:"function", name} | other tool_choice shapes. */
  toolChoice: unknown;
  parallelToolCalls: boolean;
  textFormat: ResponseFormatTextConfig;
  /** null when no reasoning was asked for (and the model does not reason by default). */
  reasoning: { effort: string; summary: string | null } | null;
  /** Request parameters worth describing in the reply (temperature, top_p, max_output_tokens, ...). */
  parameters: Record<string, unknown>;
  /** What the engine read from this request's image, file and audio parts, keyed `itemId#partIndex`. */
  mediaNotes: ReadonlyMap<string, string>;
}

/** One output item the model wants to produce; the engine assigns ids and streams it. */
export type PlannedItem =
  | {
      type: "reasoning";
      /** The hidden reasoning text (counted as reasoning tokens, never shown). */
      reasoning: string;
      /** Summary paragraphs; empty when no summary was asked for. */
      summary: string[];
    }
  | {
      type: "message";
      text: string;
      /** Citations into `text`, announced with `output_text.annotation.added` once their span has streamed. */
      annotations?: ResponseOutputText["annotations"];
    }
  | { type: "refusal"; refusal: string }
  | {
      type: "function_call";
      name: string;
      arguments: string;
      /** The `namespace` tool the function was offered in, which the call names. */
      namespace?: string;
    }
  /** An item whose events are scripted in full: the hosted-tool playback examples. */
  | { type: "scripted"; item: ScriptedItem };

/** How the run ends, driven by the documented directives in the user text. */
export type PlannedOutcome =
  | { kind: "complete" }
  /** Stream the items, then end with `response.failed` carrying this error. */
  | { kind: "fail"; code: string; message: string }
  /** Stream part of the first message's text, then send an `error` event and stop. */
  | { kind: "stream_error"; code: string; message: string }
  /** Answer the HTTP request itself with this status (before any streaming). */
  | { kind: "http_error"; status: number; code: string; message: string };

export interface ModelPlan {
  items: PlannedItem[];
  outcome: PlannedOutcome;
}

/** A deterministic local model: same context, same plan. */
export interface LocalModel {
  id: string;
  description: string;
  /** True when the model emits a reasoning item even without a `reasoning` parameter. */
  reasonsByDefault: boolean;
  plan(context: ModelContext): ModelPlan;
}
