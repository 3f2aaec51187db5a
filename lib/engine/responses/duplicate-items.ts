import { invalidRequest } from "../errors";
import type { StoredItem } from "../types";

/**
 * The API refuses an item the model would see twice: two input items with one id (references included), or
 * an input item the conversation already holds, as clients that resend a conversation's items find out.
 */
export function checkDuplicateItems(
  input: readonly StoredItem[],
  conversationItems: readonly StoredItem[],
): void {
  const seen = new Set(conversationItems.map((item) => item.id));
  for (const item of input) {
    if (seen.has(item.id))
      throw invalidRequest(
        `Duplicate item found with id ${item.id}. Remove duplicate items from your input and try again.`,
        "input",
      );
    seen.add(item.id);
  }
}
