import type {
  ResponseOutputItem,
  ResponseStreamEvent,
} from "openai/resources/responses/responses";
import { fragmentPieces, textPieces } from "../run/pacer";

/** One item-scoped event of a scripted item, between its `output_item.added` and `output_item.done`. */
export interface ScriptStep {
  type: ResponseStreamEvent["type"];
  /** The event's own fields; the emitter adds `item_id`, `output_index` and `sequence_number`. */
  fields: Record<string, unknown>;
  /** Shell command events address the item by `output_index` only, as the SDK types them. */
  withoutItemId?: boolean;
  /** Text this event streams: paced, counted as output tokens, and padded with `obfuscation`. */
  streamed?: string;
  /** Fields of the item after this event, so a run cancelled midway stores what was streamed. */
  patch?: Record<string, unknown>;
}

/** An output item played from a script: announced, stepped through, then finished as `done`. */
export interface ScriptedItem {
  added: ResponseOutputItem;
  steps: ScriptStep[];
  done: ResponseOutputItem;
}

/** A status event of a hosted tool call (`response.web_search_call.searching`, ...), setting the item's status. */
export function statusStep(
  type: ResponseStreamEvent["type"],
  status?: string,
): ScriptStep {
  return {
    type,
    fields: {},
    ...(status === undefined ? {} : { patch: { status } }),
  };
}

/**
 * Streams `text` into `field` of the item as `<family>.delta` events, then `<family>.done` carrying
 * the whole text under `doneKey`; words for prose, short runs of characters for code and JSON.
 */
export function textSteps(
  family: string,
  field: string,
  text: string,
  options: { doneKey?: string; split?: "words" | "fragments" } = {},
): ScriptStep[] {
  const pieces =
    options.split === "words" ? textPieces(text) : fragmentPieces(text, 12);
  let sofar = "";
  const deltas = pieces.map((delta): ScriptStep => {
    sofar += delta;
    return {
      type: `${family}.delta` as ResponseStreamEvent["type"],
      fields: { delta },
      streamed: delta,
      patch: { [field]: sofar },
    };
  });
  return [
    ...deltas,
    {
      type: `${family}.done` as ResponseStreamEvent["type"],
      fields: { [options.doneKey ?? field]: text },
      patch: { [field]: text },
    },
  ];
}
