import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { EngineResponse, StoredItem } from "../types";
import { FileStore } from "./file-store";
import { migrate } from "./migrations";
import { prepareStatements } from "./statements";
import { toItemPage, type ItemPage, type PageQuery } from "./item-page";
import { pageResponses, type ResponseFilter } from "./response-list";

export interface StoredConversation {
  id: string;
  created_at: number;
  metadata: Record<string, string>;
}

/** One serialized stream event of a background response. */
export interface StoredEvent {
  sequence: number;
  type: string;
  json: string;
}

interface ItemRow {
  position: number;
  item: string;
}

/** The engine's SQLite storage: responses, their input items and events, conversations, files. */
export class EngineStore {
  private readonly db: Database.Database;
  private readonly statements;
  /** Files uploaded through `/v1/files`. */
  readonly files: FileStore;

  constructor(dbPath: string) {
    if (dbPath !== ":memory:")
      fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
    this.db = new Database(dbPath);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    migrate(this.db);
    this.statements = prepareStatements(this.db);
    this.files = new FileStore(this.db);
  }

  close(): void {
    this.db.close();
  }

  /** False after close: runs still winding down then skip their last writes. */
  get isOpen(): boolean {
    return this.db.open;
  }

  insertResponse(response: EngineResponse, inputItems: StoredItem[]): void {
    this.db.transaction(() => {
      this.statements.insertResponse.run(
        response.id,
        response.created_at,
        response.status,
        response.background ? 1 : 0,
        JSON.stringify(response),
      );
      inputItems.forEach((item, position) =>
        this.statements.insertInputItem.run(
          response.id,
          position,
          item.id,
          JSON.stringify(item),
        ),
      );
    })();
  }

  updateResponse(response: EngineResponse): void {
    this.statements.updateResponse.run(
      response.status,
      JSON.stringify(response),
      response.id,
    );
  }

  getResponse(id: string): EngineResponse | null {
    const row = this.statements.getResponse.get(id) as
      { body: string } | undefined;
    return row ? (JSON.parse(row.body) as EngineResponse) : null;
  }

  deleteResponse(id: string): boolean {
    return this.statements.deleteResponse.run(id).changes > 0;
  }

  /** Stored responses, newest first by default; null when `after` names no stored response. */
  pageResponses(
    query: PageQuery & ResponseFilter,
  ): ItemPage<EngineResponse> | null {
    return pageResponses(this.db, query);
  }

  /** Background responses left unfinished by a previous process. */
  unfinishedBackgroundResponses(): EngineResponse[] {
    const rows = this.statements.unfinishedBackground.all() as {
      body: string;
    }[];
    return rows.map((row) => JSON.parse(row.body) as EngineResponse);
  }

  inputItems(responseId: string): StoredItem[] {
    const rows = this.statements.allInputItems.all(responseId) as ItemRow[];
    return rows.map(parseItem);
  }

  pageInputItems(
    responseId: string,
    query: PageQuery,
  ): ItemPage<StoredItem> | null {
    return this.pageItems(
      "response_input_items",
      "response_id",
      responseId,
      query,
    );
  }

  appendEvent(responseId: string, event: StoredEvent): void {
    this.statements.insertEvent.run(
      responseId,
      event.sequence,
      event.type,
      event.json,
    );
  }

  eventsAfter(responseId: string, sequenceNumber: number): StoredEvent[] {
    return this.statements.eventsAfter.all(
      responseId,
      sequenceNumber,
    ) as StoredEvent[];
  }

  createConversation(
    conversation: StoredConversation,
    items: StoredItem[],
  ): void {
    this.db.transaction(() => {
      this.statements.insertConversation.run(
        conversation.id,
        conversation.created_at,
        JSON.stringify(conversation.metadata),
      );
      this.appendConversationItems(conversation.id, items);
    })();
  }

  getConversation(id: string): StoredConversation | null {
    const row = this.statements.getConversation.get(id) as
      { id: string; created_at: number; metadata: string } | undefined;
    if (!row) return null;
    return {
      id: row.id,
      created_at: row.created_at,
      metadata: JSON.parse(row.metadata) as Record<string, string>,
    };
  }

  updateConversationMetadata(
    id: string,
    metadata: Record<string, string>,
  ): boolean {
    return (
      this.statements.updateConversation.run(JSON.stringify(metadata), id)
        .changes > 0
    );
  }

  deleteConversation(id: string): boolean {
    return this.statements.deleteConversation.run(id).changes > 0;
  }

  appendConversationItems(conversationId: string, items: StoredItem[]): void {
    this.db.transaction(() => {
      const { next } = this.statements.nextConversationPosition.get(
        conversationId,
      ) as { next: number };
      items.forEach((item, offset) =>
        this.statements.insertConversationItem.run(
          conversationId,
          next + offset,
          item.id,
          JSON.stringify(item),
        ),
      );
    })();
  }

  conversationItems(conversationId: string): StoredItem[] {
    const rows = this.statements.allConversationItems.all(
      conversationId,
    ) as ItemRow[];
    return rows.map(parseItem);
  }

  pageConversationItems(
    conversationId: string,
    query: PageQuery,
  ): ItemPage<StoredItem> | null {
    return this.pageItems(
      "conversation_items",
      "conversation_id",
      conversationId,
      query,
    );
  }

  getConversationItem(
    conversationId: string,
    itemId: string,
  ): StoredItem | null {
    const row = this.statements.getConversationItem.get(
      conversationId,
      itemId,
    ) as ItemRow | undefined;
    return row ? parseItem(row) : null;
  }

  deleteConversationItem(conversationId: string, itemId: string): boolean {
    return (
      this.statements.deleteConversationItem.run(conversationId, itemId)
        .changes > 0
    );
  }

  /** Returns null when the `after` cursor names no item of this owner. */
  private pageItems(
    table: "response_input_items" | "conversation_items",
    ownerColumn: "response_id" | "conversation_id",
    ownerId: string,
    query: PageQuery,
  ): ItemPage<StoredItem> | null {
    const direction = query.order === "asc" ? "ASC" : "DESC";
    let cursor = query.order === "asc" ? -1 : Number.MAX_SAFE_INTEGER;
    if (query.after) {
      const found = this.db
        .prepare(
          `SELECT position FROM ${table} WHERE ${ownerColumn} = ? AND item_id = ?`,
        )
        .get(ownerId, query.after) as { position: number } | undefined;
      if (!found) return null;
      cursor = found.position;
    }
    const comparison = query.order === "asc" ? ">" : "<";
    const rows = this.db
      .prepare(
        `SELECT position, item FROM ${table} WHERE ${ownerColumn} = ? AND position ${comparison} ?
         ORDER BY position ${direction} LIMIT ?`,
      )
      .all(ownerId, cursor, query.limit + 1) as ItemRow[];
    return toItemPage(rows.map(parseItem), query.limit);
  }
}

function parseItem(row: ItemRow): StoredItem {
  return JSON.parse(row.item) as StoredItem;
}
