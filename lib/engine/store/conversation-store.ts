import type Database from "better-sqlite3";
import type { StoredItem } from "../types";
import {
  pageByCreation,
  requireMetadata,
  type Conditions,
} from "./creation-page";
import {
  pageOwnedItems,
  parseItem,
  toItemPage,
  type ItemPage,
  type ItemRow,
  type PageQuery,
} from "./item-page";
import type { prepareStatements } from "./statements";

export interface StoredConversation {
  id: string;
  created_at: number;
  metadata: Record<string, string>;
}

interface ConversationRow {
  id: string;
  created_at: number;
  metadata: string;
}

const parseConversation = (row: ConversationRow): StoredConversation => ({
  id: row.id,
  created_at: row.created_at,
  metadata: JSON.parse(row.metadata) as Record<string, string>,
});

/**
 * Conversations and their items, in the engine's database. Every call first commits the engine store's
 * pending response writes (`commitPending`), so writes land in the order they were made.
 */
export class ConversationStore {
  constructor(
    private readonly db: Database.Database,
    private readonly statements: ReturnType<typeof prepareStatements>,
    private readonly commitPending: () => void,
  ) {}

  create(conversation: StoredConversation, items: StoredItem[]): void {
    this.commitPending();
    this.db.transaction(() => {
      this.statements.insertConversation.run(
        conversation.id,
        conversation.created_at,
        JSON.stringify(conversation.metadata),
      );
      this.appendItems(conversation.id, items);
    })();
  }

  get(id: string): StoredConversation | null {
    this.commitPending();
    const row = this.statements.getConversation.get(id) as
      ConversationRow | undefined;
    return row ? parseConversation(row) : null;
  }

  /** A page of conversations whose metadata has every given pair; null when `after` names no conversation. */
  page(
    query: PageQuery & { metadata: Record<string, string> },
  ): ItemPage<StoredConversation> | null {
    this.commitPending();
    const conditions: Conditions = { where: [], params: [] };
    requireMetadata(
      conditions,
      "conversations",
      "metadata",
      "$",
      query.metadata,
    );
    const rows = pageByCreation<ConversationRow>(
      this.db,
      "conversations",
      "id, created_at, metadata",
      query,
      conditions,
    );
    return rows && toItemPage(rows.map(parseConversation), query.limit);
  }

  updateMetadata(id: string, metadata: Record<string, string>): boolean {
    this.commitPending();
    return (
      this.statements.updateConversation.run(JSON.stringify(metadata), id)
        .changes > 0
    );
  }

  delete(id: string): boolean {
    this.commitPending();
    return this.statements.deleteConversation.run(id).changes > 0;
  }

  appendItems(conversationId: string, items: StoredItem[]): void {
    this.commitPending();
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

  items(conversationId: string): StoredItem[] {
    this.commitPending();
    const rows = this.statements.allConversationItems.all(
      conversationId,
    ) as ItemRow[];
    return rows.map(parseItem);
  }

  pageItems(
    conversationId: string,
    query: PageQuery,
  ): ItemPage<StoredItem> | null {
    this.commitPending();
    return pageOwnedItems(
      this.db,
      "conversation_items",
      "conversation_id",
      conversationId,
      query,
    );
  }

  getItem(conversationId: string, itemId: string): StoredItem | null {
    this.commitPending();
    const row = this.statements.getConversationItem.get(
      conversationId,
      itemId,
    ) as ItemRow | undefined;
    return row ? parseItem(row) : null;
  }

  deleteItem(conversationId: string, itemId: string): boolean {
    this.commitPending();
    return (
      this.statements.deleteConversationItem.run(conversationId, itemId)
        .changes > 0
    );
  }
}
