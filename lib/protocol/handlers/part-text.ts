import { text } from "../json";
import { updatePart, type PartList } from "../parts";
import { resolveTarget } from "../resolve-target";
import {
  doneMismatch,
  type EventContext,
  type EventHandler,
} from "../tree-ops";

/** A streamed string field of a content part: output_text, refusal, summary or reasoning text. */
export interface StreamedPartText<P extends { type: string }> {
  family: "message" | "reasoning";
  list: PartList<P>;
  /** The part type the events address. */
  expected: string;
  /** A fresh part for deltas that address a part the stream never added. */
  create: () => P;
  /** The field of the `.done` event that carries the final value. */
  doneKey: string;
  /** Words for a done mismatch, e.g. "summary text". */
  label: string;
  /** The part's current text, or null when the part is of another type. */
  read: (part: P) => string | null;
  /** The part with its text set; `isDone` tells a final value from a growing one. */
  write: (part: P, value: string, ctx: EventContext, isDone: boolean) => P;
}

/** Appends a `.delta` event's text to the addressed part. */
export function partTextDelta<P extends { type: string }>(
  field: StreamedPartText<P>,
): EventHandler {
  return (tree, ctx) => {
    const target = resolveTarget(tree, ctx, { family: [field.family] });
    if (target.position === null) return target.tree;
    const delta = text(ctx.data.delta);
    return updatePart(target.tree, ctx, target.position, field.list, {
      expected: field.expected,
      create: field.create,
      // Plain concatenation lets V8 build a rope instead of copying the whole text per delta.
      apply: (part) => {
        const current = field.read(part);
        return current === null
          ? null
          : field.write(part, current + delta, ctx, false);
      },
    });
  };
}

/** Sets a `.done` event's final text on the addressed part, recording where it differs from the deltas. */
export function partTextDone<P extends { type: string }>(
  field: StreamedPartText<P>,
): EventHandler {
  return (tree, ctx) => {
    const target = resolveTarget(tree, ctx, { family: [field.family] });
    if (target.position === null) return target.tree;
    const final = text(ctx.data[field.doneKey]);
    return updatePart(target.tree, ctx, target.position, field.list, {
      expected: field.expected,
      create: field.create,
      apply: (part) =>
        field.read(part) === null ? null : field.write(part, final, ctx, true),
      check: (part) => {
        const current = field.read(part);
        return current === null
          ? null
          : doneMismatch(field.label, current, final);
      },
    });
  };
}
