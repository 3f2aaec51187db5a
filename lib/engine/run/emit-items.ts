import type { ResponseOutputText } from "openai/resources/responses/responses";
import { newId, newItemId } from "../ids";
import { countTokens } from "../tokens";
import type { JsonObject, StoredItem } from "../types";
import { DeltaJson } from "./delta-json";
import {
  addItem,
  emitDelta,
  finishItem,
  deltaPieces,
  streamPieces,
  withinBudget,
  type ItemResult,
  type ItemStream,
} from "./item-stream";
import { deltaLogprobs } from "./logprobs";
import { fragmentPieces, textPieces } from "./pacer";

type Annotation = ResponseOutputText["annotations"][number];

export interface MessageOptions {
  /** End after half the words, as a mid-stream error does. */
  stopHalfway?: boolean;
  /** Citations into the text; each is announced once the text it points at has streamed. */
  annotations?: readonly Annotation[];
}

/** Where an annotation points: its span's end, or a file citation's index. */
function annotationEnd(annotation: Annotation): number {
  return "end_index" in annotation ? annotation.end_index : annotation.index;
}

/** A message with one output_text or refusal part, streamed word by word. */
export async function emitMessage(
  stream: ItemStream,
  kind: "output_text" | "refusal",
  fullText: string,
  options: MessageOptions = {},
): Promise<ItemResult> {
  const { text, tokens, truncated } = withinBudget(fullText, stream.budget);
  const item: StoredItem = {
    id: newItemId("message"),
    type: "message",
    status: "in_progress",
    content: [],
    role: "assistant",
  };
  const outputIndex = addItem(stream, item);
  const base = {
    item_id: item.id,
    output_index: outputIndex,
    content_index: 0,
  };
  const part: JsonObject =
    kind === "output_text"
      ? { type: "output_text", annotations: [], logprobs: [], text: "" }
      : { type: "refusal", refusal: "" };
  (item.content as JsonObject[]).push(part);
  stream.run.emit({
    type: "response.content_part.added",
    ...base,
    part,
  });
  const field = kind === "output_text" ? "text" : "refusal";
  const eventFamily =
    kind === "output_text" ? "response.output_text" : "response.refusal";
  const deltas = new DeltaJson({ type: `${eventFamily}.delta`, ...base });
  const logprobs = kind === "output_text" ? stream.topLogprobs : null;
  const eventLogprobs: unknown[] = [];
  const partLogprobs: unknown[] = [];
  const extra = (more: unknown[]) =>
    kind === "output_text" ? { logprobs: more } : {};
  const pending = (options.annotations ?? []).filter(
    (annotation) => annotationEnd(annotation) <= text.length,
  );
  const announce = (streamedLength: number) => {
    while (pending[0] && annotationEnd(pending[0]) <= streamedLength) {
      const annotation = pending.shift();
      const annotations = part.annotations as unknown[];
      annotations.push(annotation);
      stream.run.emit({
        type: "response.output_text.annotation.added",
        ...base,
        annotation_index: annotations.length - 1,
        annotation,
      });
    }
  };
  let pieces: string[];
  let streamedTokens = tokens;
  if (options.stopHalfway) {
    // Word by word, read or not: stopping after whole words never splits a character.
    const words = textPieces(text);
    pieces = words.slice(0, Math.ceil(words.length / 2));
    streamedTokens = countTokens(pieces.join(""));
  } else pieces = deltaPieces(stream, text, textPieces);
  await streamPieces(stream, pieces, streamedTokens, (delta) => {
    part[field] = `${part[field] as string}${delta}`;
    const scored = logprobs === null ? null : deltaLogprobs(delta, logprobs);
    if (scored) {
      eventLogprobs.push(...scored.event);
      partLogprobs.push(...scored.part);
    }
    emitDelta(
      stream,
      deltas,
      delta,
      kind === "output_text" ? (scored?.event ?? []) : undefined,
    );
    announce((part[field] as string).length);
  });
  if (options.stopHalfway) {
    item.status = "incomplete";
    return { tokens: streamedTokens, truncated: true };
  }
  if (kind === "output_text") part.logprobs = partLogprobs;
  stream.run.emit({
    type: `${eventFamily}.done`,
    ...base,
    [field]: text,
    ...extra(eventLogprobs),
  });
  stream.run.emit({
    type: "response.content_part.done",
    ...base,
    part,
  });
  finishItem(stream, outputIndex, truncated ? "incomplete" : "completed");
  return { tokens, truncated };
}

export async function emitFunctionCall(
  stream: ItemStream,
  call: { name: string; arguments: string; namespace?: string },
): Promise<ItemResult> {
  const { name, namespace } = call;
  const { text, tokens, truncated } = withinBudget(
    call.arguments,
    stream.budget,
  );
  const item: StoredItem = {
    id: newItemId("function_call"),
    type: "function_call",
    status: "in_progress",
    arguments: "",
    call_id: newId("call"),
    name,
    ...(namespace === undefined ? {} : { namespace }),
  };
  const outputIndex = addItem(stream, item);
  const base = { item_id: item.id, output_index: outputIndex };
  const deltas = new DeltaJson({
    type: "response.function_call_arguments.delta",
    ...base,
  });
  const pieces = deltaPieces(stream, text, fragmentPieces);
  await streamPieces(stream, pieces, tokens, (delta) => {
    item.arguments = `${item.arguments as string}${delta}`;
    emitDelta(stream, deltas, delta);
  });
  stream.run.emit({
    type: "response.function_call_arguments.done",
    ...base,
    arguments: text,
    name,
  });
  finishItem(stream, outputIndex, truncated ? "incomplete" : "completed");
  return { tokens, truncated };
}

/** A reasoning item: hidden thinking (paced, counted) and then its summary parts, if any. */
export async function emitReasoning(
  stream: ItemStream,
  reasoning: string,
  summary: string[],
  encryptedContent: string | null,
): Promise<ItemResult> {
  const fullTokens = countTokens(reasoning);
  const tokens = Math.min(fullTokens, stream.budget);
  const truncated = tokens < fullTokens;
  const item: StoredItem = {
    id: newItemId("reasoning"),
    type: "reasoning",
    summary: [],
  };
  const outputIndex = addItem(stream, item);
  await stream.pacer.spend(tokens);
  for (const [summaryIndex, text] of (truncated ? [] : summary).entries()) {
    const base = {
      item_id: item.id,
      output_index: outputIndex,
      summary_index: summaryIndex,
    };
    const deltas = new DeltaJson({
      type: "response.reasoning_summary_text.delta",
      ...base,
    });
    const part: JsonObject = { type: "summary_text", text: "" };
    (item.summary as JsonObject[]).push(part);
    stream.run.emit({
      type: "response.reasoning_summary_part.added",
      ...base,
      part,
    });
    const pieces = deltaPieces(stream, text, textPieces);
    await streamPieces(stream, pieces, countTokens(text), (delta) => {
      part.text = `${part.text as string}${delta}`;
      emitDelta(stream, deltas, delta);
    });
    stream.run.emit({
      type: "response.reasoning_summary_text.done",
      ...base,
      text,
    });
    stream.run.emit({
      type: "response.reasoning_summary_part.done",
      ...base,
      part,
    });
  }
  if (encryptedContent !== null) item.encrypted_content = encryptedContent;
  finishItem(stream, outputIndex, "completed");
  return { tokens, truncated };
}
