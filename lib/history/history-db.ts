import { Dexie, type Table } from "dexie";
import type { Conversation } from "openai/resources/conversations/conversations";
import type { Response as ApiResponse } from "openai/resources/responses/responses";
import { conversationEntry, responseEntry } from "./response-entry";

/** One response the playground created or opened, as the browser remembers it. */
export interface ResponseHistoryEntry {
  upstream: string;
  id: string;
  model: string;
  /** Response.status ("completed", "in_progress", ...). */
  status: string;
  /** Milliseconds since the epoch (Response.created_at * 1000). */
  createdAt: number;
  /** Short plain-text previews (at most 200 characters). */
  inputPreview: string;
  outputPreview: string;
  metadata: Record<string, string>;
  deleted: boolean;
  background: boolean;
  previousResponseId: string | null;
  conversationId: string | null;
}

/** One conversation the playground created or opened. */
export interface ConversationHistoryEntry {
  upstream: string;
  id: string;
  createdAt: number;
  metadata: Record<string, string>;
  preview: string;
  deleted: boolean;
}

type EntryKey = [upstream: string, id: string];

class HistoryDb extends Dexie {
  responses!: Table<ResponseHistoryEntry, EntryKey>;
  conversations!: Table<ConversationHistoryEntry, EntryKey>;

  constructor() {
    super("responses-playground-history");
    // The compound key lets one id exist on two upstreams; createdAt orders the lists newest first.
    this.version(1).stores({
      responses: "[upstream+id], createdAt",
      conversations: "[upstream+id], createdAt",
    });
  }
}

let instance: HistoryDb | null | undefined;

/** The database, or null where IndexedDB does not exist (server rendering, some private modes). */
function historyDb(): HistoryDb | null {
  if (instance === undefined)
    instance = typeof indexedDB === "undefined" ? null : new HistoryDb();
  return instance;
}

/** Runs a history operation; history is a convenience, so a failing IndexedDB never reaches the UI. */
async function safely<T>(
  fallback: T,
  operation: (db: HistoryDb) => Promise<T>,
): Promise<T> {
  const db = historyDb();
  if (!db) return fallback;
  try {
    return await operation(db);
  } catch {
    return fallback;
  }
}

/** Upserts from a Response object (streamed, polled, retrieved or opened by id); inputPreview optional. */
export function recordResponse(
  upstream: string,
  response: ApiResponse,
  inputPreview?: string,
): Promise<void> {
  return safely(undefined, (db) =>
    db.transaction("rw", db.responses, async () => {
      const existing = await db.responses.get([upstream, response.id]);
      await db.responses.put(
        responseEntry(upstream, response, existing, inputPreview),
      );
    }),
  );
}

export function markResponseDeleted(
  upstream: string,
  id: string,
): Promise<void> {
  return safely(undefined, async (db) => {
    await db.responses.update([upstream, id], { deleted: true });
  });
}

/** Upserts from a Conversation object; preview optional (kept from an earlier record when absent). */
export function recordConversation(
  upstream: string,
  conversation: Conversation,
  preview?: string,
): Promise<void> {
  return safely(undefined, (db) =>
    db.transaction("rw", db.conversations, async () => {
      const existing = await db.conversations.get([upstream, conversation.id]);
      await db.conversations.put(
        conversationEntry(upstream, conversation, existing, preview),
      );
    }),
  );
}

export function markConversationDeleted(
  upstream: string,
  id: string,
): Promise<void> {
  return safely(undefined, async (db) => {
    await db.conversations.update([upstream, id], { deleted: true });
  });
}

/** Every recorded response, newest first. */
export function listResponseHistory(): Promise<ResponseHistoryEntry[]> {
  return safely([], (db) =>
    db.responses.orderBy("createdAt").reverse().toArray(),
  );
}

/** Every recorded conversation, newest first. */
export function listConversationHistory(): Promise<ConversationHistoryEntry[]> {
  return safely([], (db) =>
    db.conversations.orderBy("createdAt").reverse().toArray(),
  );
}

/** One recorded response, or null when the browser has no record of it. */
export function getResponseEntry(
  upstream: string,
  id: string,
): Promise<ResponseHistoryEntry | null> {
  return safely(
    null,
    async (db) => (await db.responses.get([upstream, id])) ?? null,
  );
}

/** Forgets every recorded response and conversation (the upstreams keep theirs). */
export function clearHistory(): Promise<void> {
  return safely(undefined, (db) =>
    db.transaction("rw", db.responses, db.conversations, async () => {
      await db.responses.clear();
      await db.conversations.clear();
    }),
  );
}
