import type { ResponseInputItem } from "openai/resources/responses/responses";
import type { CreateRequest } from "../http/create-request-schema";
import { invalidRequest } from "../errors";
import { isMessageItem, messageParts, stringField } from "../model/input-items";
import type { StoredItem } from "../types";

const JSON_WORD = /json/i;

/**
 * Rejects a `json_object` request whose messages never say "json", as the API does: the word in
 * `instructions` alone does not count.
 */
export function checkJsonModeMentionsJson(
  body: Pick<CreateRequest, "text">,
  items: readonly StoredItem[],
): void {
  if (body.text?.format?.type !== "json_object") return;
  if (items.some(messageMentionsJson)) return;
  throw invalidRequest(
    "Response input messages must contain the word 'json' in some form to use 'text.format' of type 'json_object'.",
    "text.format",
  );
}

function messageMentionsJson(item: StoredItem): boolean {
  const input = item as unknown as ResponseInputItem;
  return (
    isMessageItem(input) &&
    messageParts(input).some((part) =>
      JSON_WORD.test(stringField(part, "text") ?? ""),
    )
  );
}
