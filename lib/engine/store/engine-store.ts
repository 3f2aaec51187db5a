import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { EngineResponse, StoredItem } from "../types";
import { FileStore } from "./file-store";
import { migrate } from "./migrations";
import { WalFlusher } from "./wal-flusher";
import { prepareStatements } from "./statements";
import { ConversationStore } from "./conversation-store";
import { aliveSince, EngineRunner } from "./engine-runner";
import {
  pageOwnedItems,
  parseItem,
  type ItemPage,
  type ItemRow,
  type PageQuery,
} from "./item-page";
import { pageResponses, type ResponseFilter } from "./response-list";
import { writeResponse, type PendingResponse } from "./response-write";

/** One serialized stream event of a background response. */
export interface StoredEvent {
  sequence: number;
  type: string;
  json: string;
}

/**
 * The engine's SQLite storage: responses, their input items and events, conversations, files.
 *
 * Response and event writes are group-committed: they wait for the end of the event-loop turn and go
 * in one transaction with every other request's writes of that turn, a response created and finished
 * within the turn as one row written once. Every read (and every other write) commits them first, so
 * the engine always reads its own writes.
 */
export class EngineStore {
  private readonly db: Database.Database;
  private readonly statements;
  private pendingResponses = new Map<string, PendingResponse>();
  private pendingEvents: [string, StoredEvent][] = [];
  private flushTimer: NodeJS.Immediate | null = null;
  private commitWaiters: {
    resolve: () => void;
    reject: (error: unknown) => void;
  }[] = [];
  /** Files uploaded through `/v1/files`. */
  readonly files: FileStore;
  readonly conversations: ConversationStore;
  private readonly runner: EngineRunner;
  /** Keeps the checkpoints' own log flush short. */
  private readonly walFlusher: WalFlusher | null;

  constructor(dbPath: string) {
    if (dbPath !== ":memory:")
      fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
    this.db = new Database(dbPath);
    // Each page a commit touches is one WAL frame: 8 KB pages (from 4 KB) cut a commit's CPU by about a quarter. Only a new database takes it.
    this.db.pragma("page_size = 8192");
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    // A checkpoint (the only fsync under NORMAL) every ~40 MB of log instead of every 4 MB: commits are small and frequent.
    this.db.pragma("wal_autocheckpoint = 10000");
    this.db.pragma("foreign_keys = ON");
    migrate(this.db);
    this.statements = prepareStatements(this.db);
    this.walFlusher =
      dbPath === ":memory:" ? null : WalFlusher.open(`${dbPath}-wal`);
    this.files = new FileStore(this.db);
    this.conversations = new ConversationStore(this.db, this.statements, () =>
      this.flush(),
    );
    this.runner = new EngineRunner(this.statements);
  }

  close(): void {
    if (this.db.open) {
      this.flush();
      this.runner.retire();
    }
    // Before the database: closing its last connection deletes the log, which an open handle keeps from going away on Windows.
    this.walFlusher?.close();
    this.db.close();
    // Writes made after the close (runs winding down) are dropped; no answer waits for them.
    for (const waiter of this.commitWaiters) waiter.resolve();
    this.commitWaiters = [];
  }

  /** Commits the pending response and event writes in one transaction. */
  flush(): void {
    if (this.flushTimer) clearImmediate(this.flushTimer);
    this.flushTimer = null;
    const waiters = this.commitWaiters;
    this.commitWaiters = [];
    try {
      this.commitPending();
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error);
      throw error;
    }
    for (const waiter of waiters) waiter.resolve();
  }

  /** Resolves once every write made so far is committed: at the end of this event-loop turn, shared with every request of the turn. */
  committed(): Promise<void> | null {
    if (this.pendingResponses.size === 0 && this.pendingEvents.length === 0)
      return null;
    return new Promise((resolve, reject) =>
      this.commitWaiters.push({ resolve, reject }),
    );
  }

  private commitPending(): void {
    if (this.pendingResponses.size === 0 && this.pendingEvents.length === 0)
      return;
    const responses = this.pendingResponses;
    const events = this.pendingEvents;
    this.pendingResponses = new Map();
    this.pendingEvents = [];
    this.db.transaction(() => {
      for (const [id, write] of responses)
        deferred(() =>
          writeResponse(this.statements, this.runner.id, id, write),
        );
      for (const [responseId, event] of events)
        deferred(() =>
          this.statements.insertEvent.run(
            responseId,
            event.sequence,
            event.type,
            event.json,
          ),
        );
    })();
    this.walFlusher?.committed();
  }

  private scheduleFlush(): void {
    this.flushTimer ??= setImmediate(() => {
      try {
        this.flush();
      } catch (error) {
        console.error("[engine] storing responses failed:", error);
      }
    });
  }

  /** False after close: runs still winding down then skip their last writes. */
  get isOpen(): boolean {
    return this.db.open;
  }

  insertResponse(response: EngineResponse, inputItems: StoredItem[]): void {
    this.pendingResponses.set(response.id, {
      insert: true,
      response,
      json: undefined,
      inputItems,
    });
    this.scheduleFlush();
  }

  /** Stores the response as it is at commit; `json`, when given, is its JSON text and it must not change any more. */
  updateResponse(response: EngineResponse, json?: string): void {
    const pending = this.pendingResponses.get(response.id);
    if (pending) {
      pending.response = response;
      pending.json = json;
    } else
      this.pendingResponses.set(response.id, {
        insert: false,
        response,
        json,
        inputItems: [],
      });
    this.scheduleFlush();
  }

  getResponse(id: string): EngineResponse | null {
    const body = this.getResponseJson(id);
    return body === null ? null : (JSON.parse(body) as EngineResponse);
  }

  /**
   * The response a stored response was chained to (null for none), or undefined when no response has this id;
   * SQLite reads the one field, so walking a long chain does not parse every body in JavaScript.
   */
  previousResponseOf(id: string): string | null | undefined {
    this.flush();
    const row = this.statements.previousResponseOf.get(id) as
      { previous: string | null } | undefined;
    return row ? row.previous : undefined;
  }

  /** A stored response as the JSON text it was stored as, for answers that send it unchanged. */
  getResponseJson(id: string): string | null {
    this.flush();
    const row = this.statements.getResponse.get(id) as
      { body: string } | undefined;
    return row ? row.body : null;
  }

  deleteResponse(id: string): boolean {
    this.flush();
    return this.db.transaction(() => {
      this.statements.deleteOutputItems.run({ id });
      return this.statements.deleteResponse.run(id).changes > 0;
    })();
  }

  /** Stored responses, newest first by default; null when `after` names no stored response. */
  pageResponses(
    query: PageQuery & ResponseFilter,
  ): ItemPage<EngineResponse> | null {
    this.flush();
    return pageResponses(this.db, query);
  }

  /**
   * Runs `work`, its reads and the writes it makes, as one immediate transaction: another engine sharing the
   * file waits for it, so two engines never both act on what they read.
   */
  atomically<T>(work: () => T): T {
    this.flush();
    try {
      return this.db
        .transaction(() => {
          const result = work();
          this.flush();
          return result;
        })
        .immediate();
    } catch (error) {
      // Writes the work queued before it threw are rolled back with it, not committed by the next flush.
      this.pendingResponses.clear();
      this.pendingEvents = [];
      throw error;
    }
  }

  /** Unfinished background responses no live engine runs: left by a closed or crashed one (or by an engine before runners were recorded). */
  orphanedBackgroundResponses(): EngineResponse[] {
    this.flush();
    const rows = this.statements.orphanedBackground.all({
      since: aliveSince(),
    }) as { body: string }[];
    return rows.map((row) => JSON.parse(row.body) as EngineResponse);
  }

  /** Any stored item by its id (input, conversation or output item), for resolving item_reference. */
  findItem(itemId: string): StoredItem | null {
    this.flush();
    const row = this.statements.findItem.get({ id: itemId }) as
      { item: string } | undefined;
    return row ? (JSON.parse(row.item) as StoredItem) : null;
  }

  inputItems(responseId: string): StoredItem[] {
    this.flush();
    const rows = this.statements.allInputItems.all(responseId) as ItemRow[];
    return rows.map(parseItem);
  }

  pageInputItems(
    responseId: string,
    query: PageQuery,
  ): ItemPage<StoredItem> | null {
    this.flush();
    return pageOwnedItems(
      this.db,
      "response_input_items",
      "response_id",
      responseId,
      query,
    );
  }

  appendEvent(responseId: string, event: StoredEvent): void {
    this.pendingEvents.push([responseId, event]);
    this.scheduleFlush();
  }

  eventsAfter(responseId: string, sequenceNumber: number): StoredEvent[] {
    this.flush();
    return this.statements.eventsAfter.all(
      responseId,
      sequenceNumber,
    ) as StoredEvent[];
  }
}

/** One write of a group commit: a write that fails (its response deleted meanwhile) must not undo the others. */
function deferred(write: () => void): void {
  try {
    write();
  } catch (error) {
    console.error("[engine] a stored write failed:", error);
  }
}
