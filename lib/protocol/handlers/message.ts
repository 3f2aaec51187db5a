import type { ResponseOutputText } from "openai/resources/responses/responses";
import {
  isContentPart,
  isRecord,
  readIndex,
  text,
  type JsonRecord,
  type MessagePart,
} from "../json";
import {
  addPart,
  messageContent,
  reasoningContent,
  updatePart,
} from "../parts";
import { resolveTarget } from "../resolve-target";
import type { RunTree } from "../run-tree";
import {
  addViolation,
  readTyped,
  setAt,
  type EventContext,
  type EventHandler,
} from "../tree-ops";
import {
  partTextDelta,
  partTextDone,
  type StreamedPartText,
} from "./part-text";

type Logprob = ResponseOutputText.Logprob;

function isTokenLogprob(
  value: unknown,
): value is ResponseOutputText.Logprob.TopLogprob {
  return (
    isRecord(value) &&
    typeof value.token === "string" &&
    typeof value.logprob === "number" &&
    Array.isArray(value.bytes) &&
    value.bytes.every((byte) => typeof byte === "number")
  );
}

/** Streamed logprobs may lack fields final output has; like the SDK, only complete ones are kept. */
function readLogprobs(data: JsonRecord): Logprob[] | null {
  const value = data.logprobs;
  if (!Array.isArray(value)) return null;
  const complete = value.every(
    (entry) =>
      isTokenLogprob(entry) &&
      "top_logprobs" in entry &&
      Array.isArray(entry.top_logprobs) &&
      entry.top_logprobs.every(isTokenLogprob),
  );
  return complete ? (value as Logprob[]) : null;
}

const emptyText = (): MessagePart => ({
  type: "output_text",
  text: "",
  annotations: [],
  logprobs: [],
});
const emptyRefusal = (): MessagePart => ({ type: "refusal", refusal: "" });

function withLogprobs(
  part: ResponseOutputText,
  data: JsonRecord,
  isDone: boolean,
): ResponseOutputText {
  const logprobs = readLogprobs(data);
  if (logprobs === null) return part;
  const previous = Array.isArray(part.logprobs) ? part.logprobs : [];
  if (isDone)
    return logprobs.length > 0 || previous.length > 0
      ? { ...part, logprobs }
      : part;
  return logprobs.length > 0
    ? { ...part, logprobs: [...previous, ...logprobs] }
    : part;
}

function messageTarget(
  tree: RunTree,
  ctx: EventContext,
): { tree: RunTree; position: number | null } {
  return resolveTarget(tree, ctx, { family: ["message"] });
}

const outputText: StreamedPartText<MessagePart> = {
  family: "message",
  list: messageContent,
  expected: "output_text",
  create: emptyText,
  doneKey: "text",
  label: "text",
  read: (part) => (part.type === "output_text" ? text(part.text) : null),
  write: (part, value, ctx, isDone) =>
    part.type === "output_text"
      ? withLogprobs({ ...part, text: value }, ctx.data, isDone)
      : part,
};

export const onOutputTextDelta = partTextDelta(outputText);
export const onOutputTextDone = partTextDone(outputText);

type Annotation = ResponseOutputText["annotations"][number];

function isAnnotation(value: unknown): value is Annotation {
  return isRecord(value) && typeof value.type === "string";
}

/** Records an annotation_index that would leave a hole; the annotation is then appended. */
function checkAnnotationIndex(
  tree: RunTree,
  ctx: EventContext,
  position: number,
): RunTree {
  const node = tree.output[position];
  const contentIndex = readIndex(ctx.data, "content_index");
  const part =
    node?.item.type === "message" && contentIndex !== null
      ? node.item.content[contentIndex]
      : undefined;
  if (part?.type !== "output_text") return tree;
  const count = Array.isArray(part.annotations) ? part.annotations.length : 0;
  const index = readIndex(ctx.data, "annotation_index");
  if (index !== null && index <= count) return tree;
  return addViolation(
    tree,
    ctx.event,
    "content_index_mismatch",
    `annotation_index ${index ?? "missing"} skips past the ${count} annotations so far; appended.`,
  );
}

export const onAnnotationAdded: EventHandler = (tree, ctx) => {
  const target = messageTarget(tree, ctx);
  if (target.position === null) return target.tree;
  const annotation = ctx.data.annotation;
  if (!isAnnotation(annotation)) {
    return addViolation(
      target.tree,
      ctx.event,
      "invalid_event",
      "annotation.added carries no annotation object.",
    );
  }
  const next = checkAnnotationIndex(target.tree, ctx, target.position);
  const index = readIndex(ctx.data, "annotation_index");
  return updatePart(next, ctx, target.position, messageContent, {
    expected: "output_text",
    create: emptyText,
    apply: (part) => {
      if (part.type !== "output_text") return null;
      const annotations = Array.isArray(part.annotations)
        ? part.annotations
        : [];
      return {
        ...part,
        annotations: setAt(
          annotations,
          index ?? annotations.length,
          annotation,
        ),
      };
    },
  });
};

const refusal: StreamedPartText<MessagePart> = {
  family: "message",
  list: messageContent,
  expected: "refusal",
  create: emptyRefusal,
  doneKey: "refusal",
  label: "refusal",
  read: (part) => (part.type === "refusal" ? text(part.refusal) : null),
  write: (part, value) =>
    part.type === "refusal" ? { ...part, refusal: value } : part,
};

export const onRefusalDelta = partTextDelta(refusal);
export const onRefusalDone = partTextDone(refusal);

/** A content part event belongs to a reasoning item when its part is reasoning_text, else to a message. */
function contentPartHandler(isDone: boolean): EventHandler {
  return (tree, ctx) => {
    const read = readTyped(tree, ctx, "part", isContentPart);
    if (read.value === null) return read.tree;
    const part = read.value;
    const target = resolveTarget(read.tree, ctx, {
      family: [part.type === "reasoning_text" ? "reasoning" : "message"],
    });
    if (target.position === null) return target.tree;
    if (part.type === "reasoning_text") {
      if (!isDone)
        return addPart(
          target.tree,
          ctx,
          target.position,
          reasoningContent,
          part,
        );
      return updatePart(target.tree, ctx, target.position, reasoningContent, {
        expected: "reasoning_text",
        create: () => part,
        apply: () => part,
      });
    }
    if (!isDone)
      return addPart(target.tree, ctx, target.position, messageContent, part);
    return updatePart(target.tree, ctx, target.position, messageContent, {
      expected: part.type,
      create: () => part,
      apply: () => part,
    });
  };
}

export const onContentPartAdded = contentPartHandler(false);
export const onContentPartDone = contentPartHandler(true);
