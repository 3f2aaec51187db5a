import type { ConversationItem } from "openai/resources/conversations/items";
import type { ResponseOutputItem } from "openai/resources/responses/responses";
import type { OutputNode } from "@/lib/protocol";

/** A stored conversation item as a finished output node, so it renders through the output views. */
export function conversationItemNode(item: ConversationItem): OutputNode {
  return {
    // The output views render any item type, unknown ones as JSON.
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
