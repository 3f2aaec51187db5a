import type { ResponseOutputItem } from "openai/resources/responses/responses";
import { newItemId } from "../ids";
import type { ScriptedItem } from "../model/scripted-item";
import { countTokens } from "../tokens";
import type { StoredItem } from "../types";
import {
  addItem,
  obfuscation,
  type ItemResult,
  type ItemStream,
} from "./item-stream";

/** A fresh copy of a scripted item as the run holds it (the SDK types leave a function call's id optional). */
function storedCopy(item: ResponseOutputItem): StoredItem {
  const copy = structuredClone(item);
  return { ...copy, id: copy.id ?? newItemId(copy.type) };
}

/** Streams a scripted item: added, each step (applied to the live item), then done with the finished item. */
export async function emitScripted(
  stream: ItemStream,
  script: ScriptedItem,
): Promise<ItemResult> {
  const item = storedCopy(script.added);
  const outputIndex = addItem(stream, item);
  let tokens = 0;
  for (const step of script.steps) {
    const stepTokens = step.streamed ? countTokens(step.streamed) : 0;
    await stream.pacer.spend(stepTokens);
    tokens += stepTokens;
    if (step.patch) Object.assign(item, structuredClone(step.patch));
    stream.run.emit({
      type: step.type,
      ...(step.withoutItemId ? {} : { item_id: item.id }),
      output_index: outputIndex,
      ...step.fields,
      ...(step.streamed === undefined
        ? {}
        : obfuscation(stream, step.streamed)),
    });
  }
  const done = storedCopy(script.done);
  stream.run.output[outputIndex] = done;
  stream.run.emit({
    type: "response.output_item.done",
    output_index: outputIndex,
    item: structuredClone(done),
  });
  return { tokens, truncated: false };
}
