import type { ResponseReasoningItem } from "openai/resources/responses/responses";
import { isRecord, text } from "../json";
import {
  addPart,
  reasoningContent,
  reasoningSummary,
  updatePart,
} from "../parts";
import { resolveTarget } from "../resolve-target";
import {
  addViolation,
  doneMismatch,
  type EventContext,
  type EventHandler,
} from "../tree-ops";

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

/** The part a summary_part event carries, kept exactly as sent. */
function summaryPart(ctx: EventContext): Summary | null {
  const part = ctx.data.part;
  return isSummary(part) ? part : null;
}

function summaryPartHandler(isDone: boolean): EventHandler {
  return (tree, ctx) => {
    const target = resolveTarget(tree, ctx, { family: ["reasoning"] });
    if (target.position === null) return target.tree;
    const part = summaryPart(ctx);
    if (part === null) {
      return addViolation(
        target.tree,
        ctx.event,
        "invalid_event",
        `${ctx.event.type} has no part with a type.`,
      );
    }
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

export const onSummaryTextDelta: EventHandler = (tree, ctx) => {
  const target = resolveTarget(tree, ctx, { family: ["reasoning"] });
  if (target.position === null) return target.tree;
  const delta = text(ctx.data.delta);
  return updatePart(target.tree, ctx, target.position, reasoningSummary, {
    expected: "summary_text",
    create: emptySummary,
    apply: (part) => ({ ...part, text: text(part.text) + delta }),
  });
};

export const onSummaryTextDone: EventHandler = (tree, ctx) => {
  const target = resolveTarget(tree, ctx, { family: ["reasoning"] });
  if (target.position === null) return target.tree;
  const final = text(ctx.data.text);
  return updatePart(target.tree, ctx, target.position, reasoningSummary, {
    expected: "summary_text",
    create: emptySummary,
    apply: (part) => ({ ...part, text: final }),
    check: (part) => doneMismatch("summary text", text(part.text), final),
  });
};

export const onReasoningTextDelta: EventHandler = (tree, ctx) => {
  const target = resolveTarget(tree, ctx, { family: ["reasoning"] });
  if (target.position === null) return target.tree;
  const delta = text(ctx.data.delta);
  return updatePart(target.tree, ctx, target.position, reasoningContent, {
    expected: "reasoning_text",
    create: emptyReasoningText,
    apply: (part) =>
      part.type === "reasoning_text"
        ? { ...part, text: text(part.text) + delta }
        : null,
  });
};

export const onReasoningTextDone: EventHandler = (tree, ctx) => {
  const target = resolveTarget(tree, ctx, { family: ["reasoning"] });
  if (target.position === null) return target.tree;
  const final = text(ctx.data.text);
  return updatePart(target.tree, ctx, target.position, reasoningContent, {
    expected: "reasoning_text",
    create: emptyReasoningText,
    apply: (part) =>
      part.type === "reasoning_text" ? { ...part, text: final } : null,
    check: (part) => doneMismatch("reasoning text", text(part.text), final),
  });
};
