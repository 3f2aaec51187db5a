import type { Conversation } from "openai/resources/conversations/conversations";
import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { isRecord } from "@/lib/protocol/json";
import type {
  ConversationHistoryEntry,
  ResponseHistoryEntry,
} from "./history-db";
import { clipPreview, outputPreview } from "./previews";

/** Keeps only string values: the API's metadata is string to string, but a server may send anything. */
export function stringMetadata(metadata: unknown): Record<string, string> {
  if (!isRecord(metadata)) return {};
  return Object.fromEntries(
    Object.entries(metadata).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
}

/**
 * The history entry for a Response, updating what the browser already knew of it: the Response is
 * the newer word on status and output, the earlier entry keeps what a Response does not carry.
 */
export function responseEntry(
  upstream: string,
  response: ApiResponse,
  previous: ResponseHistoryEntry | undefined,
  inputPreview?: string,
): ResponseHistoryEntry {
  const output = outputPreview(response.output ?? []);
  return {
    upstream,
    id: response.id,
    model: response.model,
    status: response.status ?? "unknown",
    createdAt: response.created_at * 1000,
    inputPreview:
      inputPreview !== undefined
        ? clipPreview(inputPreview)
        : (previous?.inputPreview ?? ""),
    // An in-progress snapshot with no output yet must not erase what an earlier one had.
    outputPreview: output !== "" ? output : (previous?.outputPreview ?? ""),
    metadata: stringMetadata(response.metadata),
    // Deletion is final in the API: a late snapshot of a deleted response does not revive it.
    deleted: previous?.deleted ?? false,
    background: response.background === true,
    previousResponseId: response.previous_response_id ?? null,
    conversationId: response.conversation?.id ?? null,
  };
}

/** The history entry for a Conversation; the earlier entry keeps its preview (unless one is given) and deletion. */
export function conversationEntry(
  upstream: string,
  conversation: Conversation,
  previous: ConversationHistoryEntry | undefined,
  preview?: string,
): ConversationHistoryEntry {
  return {
    upstream,
    id: conversation.id,
    createdAt: conversation.created_at * 1000,
    metadata: stringMetadata(conversation.metadata),
    preview:
      preview !== undefined ? clipPreview(preview) : (previous?.preview ?? ""),
    deleted: previous?.deleted ?? false,
  };
}
