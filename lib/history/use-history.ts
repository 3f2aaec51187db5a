import { useLiveQuery } from "dexie-react-hooks";
import {
  listConversationHistory,
  listResponseHistory,
  type ConversationHistoryEntry,
  type ResponseHistoryEntry,
} from "./history-db";

/** Every recorded response, newest first, re-rendered when any tab records one; undefined while loading. */
export function useResponseHistory(): ResponseHistoryEntry[] | undefined {
  return useLiveQuery(listResponseHistory);
}

/** Every recorded conversation, newest first; undefined while loading. */
export function useConversationHistory():
  ConversationHistoryEntry[] | undefined {
  return useLiveQuery(listConversationHistory);
}
