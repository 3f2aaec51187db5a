import type { ConversationItem } from "openai/resources/conversations/items";
import type {
  ResponseItem,
  ResponseOutputItem,
} from "openai/resources/responses/responses";
import type { OutputNode } from "@/lib/protocol";

/** A stored item (input, conversation or output) as a finished output node, so it renders through the output views. */
export function itemNode(
  item: ResponseItem | ResponseOutputItem | ConversationItem,
): OutputNode {
  return {
    // Input items share the output views, which already render any item type (unknown ones as JSON).
    item: item as unknown as ResponseOutputItem,
    done: true,
    phase: null,
    partialImages: [],
    unknownEvents: [],
    origin: "snapshot",
    firstEventIndex: -1,
    lastEventIndex: -1,
  };
}
