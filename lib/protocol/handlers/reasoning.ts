import type { ResponseReasoningItem } from "openai/resources/responses/responses";
import { isRecord, text } from "../json";
import {
  addPart,
  reasoningContent,
  reasoningSummary,
  updatePart,
} from "../parts";
import { resolveTarget } from "../resolve-target";
import { readTyped, type EventHandler } from "../tree-ops";
import {
  partTextDelta,
  partTextDone,
  type StreamedPartText,
} from "./part-text";

type Summary = ResponseReasoningItem.Summary;
type Content = ResponseReasoningItem.Content;

const emptySummary = (): Summary => ({ type: "summary_text", text: "" });
const emptyReasoningText = (): Content => ({
  type: "reasoning_text",
  text: "",
});

function isSummary(value: unknown): value is Summary {
  return isRecord(value) && typeof value.type === "string";
}

function summaryPartHandler(isDone: boolean): EventHandler {
  return (tree, ctx) => {
    const target = resolveTarget(tree, ctx, { family: ["reasoning"] });
    if (target.position === null) return target.tree;
    // The part is kept exactly as sent.
    const read = readTyped(target.tree, ctx, "part", isSummary);
    if (read.value === null) return read.tree;
    const part = read.value;
    if (!isDone)
      return addPart(target.tree, ctx, target.position, reasoningSummary, part);
    return updatePart(target.tree, ctx, target.position, reasoningSummary, {
      expected: "summary_text",
      create: emptySummary,
      apply: () => part,
    });
  };
}

export const onSummaryPartAdded = summaryPartHandler(false);
export const onSummaryPartDone = summaryPartHandler(true);

const summaryText: StreamedPartText<Summary> = {
  family: "reasoning",
  list: reasoningSummary,
  expected: "summary_text",
  create: emptySummary,
  doneKey: "text",
  label: "summary text",
  // The spec has one summary part type, so no part is of "another type".
  read: (part) => text(part.text),
  write: (part, value) => ({ ...part, text: value }),
};

export const onSummaryTextDelta = partTextDelta(summaryText);
export const onSummaryTextDone = partTextDone(summaryText);

const reasoningText: StreamedPartText<Content> = {
  family: "reasoning",
  list: reasoningContent,
  expected: "reasoning_text",
  create: emptyReasoningText,
  doneKey: "text",
  label: "reasoning text",
  read: (part) => (part.type === "reasoning_text" ? text(part.text) : null),
  write: (part, value) =>
    part.type === "reasoning_text" ? { ...part, text: value } : part,
};

export const onReasoningTextDelta = partTextDelta(reasoningText);
export const onReasoningTextDone = partTextDone(reasoningText);
