import type Database from "better-sqlite3";
import type { StoredItem } from "../types";

/** Cursor paging shared by input items and conversation items, shaped like the API's lists. */
export interface PageQuery {
  limit: number;
  order: "asc" | "desc";
  after: string | null;
}

export interface ItemPage<T> {
  object: "list";
  data: T[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

export function toItemPage<T extends { id: string }>(
  rows: T[],
  limit: number,
): ItemPage<T> {
  const data = rows.slice(0, limit);
  return {
    object: "list",
    data,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
    has_more: rows.length > limit,
  };
}

/** A stored item row: its place in its owner's list and its JSON. */
export interface ItemRow {
  position: number;
  item: string;
}

export function parseItem(row: ItemRow): StoredItem {
  return JSON.parse(row.item) as StoredItem;
}

/** One page of an owner's items (a response's input items, a conversation's items); null when `after` names none of them. */
export function pageOwnedItems(
  db: Database.Database,
  table: "response_input_items" | "conversation_items",
  ownerColumn: "response_id" | "conversation_id",
  ownerId: string,
  query: PageQuery,
): ItemPage<StoredItem> | null {
  const direction = query.order === "asc" ? "ASC" : "DESC";
  let cursor = query.order === "asc" ? -1 : Number.MAX_SAFE_INTEGER;
  if (query.after) {
    const found = db
      .prepare(
        `SELECT position FROM ${table} WHERE ${ownerColumn} = ? AND item_id = ?`,
      )
      .get(ownerId, query.after) as { position: number } | undefined;
    if (!found) return null;
    cursor = found.position;
  }
  const comparison = query.order === "asc" ? ">" : "<";
  const rows = db
    .prepare(
      `SELECT position, item FROM ${table} WHERE ${ownerColumn} = ? AND position ${comparison} ?
       ORDER BY position ${direction} LIMIT ?`,
    )
    .all(ownerId, cursor, query.limit + 1) as ItemRow[];
  return toItemPage(rows.map(parseItem), query.limit);
}
