import type Database from "better-sqlite3";
import type { PageQuery } from "./item-page";

/** A table the engine lists by creation time: its rows have `id`, `created_at` and a rowid. */
type ListedTable = "responses" | "conversations";

/** SQL conditions and their parameters, joined with AND. */
export interface Conditions {
  where: string[];
  params: (string | number)[];
}

interface Cursor {
  created_at: number;
  rowid: number;
}

/** Adds one condition per pair: each must be in the JSON object at `path` of `column`. */
export function requireMetadata(
  conditions: Conditions,
  table: ListedTable,
  column: string,
  path: string,
  metadata: Record<string, string>,
): void {
  for (const [key, value] of Object.entries(metadata)) {
    // json_each compares the key as data, so no metadata key can change the SQL.
    conditions.where.push(
      `EXISTS (SELECT 1 FROM json_each(${table}.${column}, '${path}') WHERE key = ? AND value = ?)`,
    );
    conditions.params.push(key, value);
  }
}

/**
 * One page of `column` from a table's rows, ordered by creation time, then insertion order (ids are random,
 * so the rowid breaks ties within one second), limit + 1 rows so the caller can tell whether more follow;
 * null when the `after` cursor names no row of the table.
 */
export function pageByCreation<Row>(
  db: Database.Database,
  table: ListedTable,
  columns: string,
  query: PageQuery,
  conditions: Conditions,
): Row[] | null {
  const where = [...conditions.where];
  const params = [...conditions.params];
  const descending = query.order === "desc";
  if (query.after) {
    const cursor = db
      .prepare(`SELECT created_at, rowid FROM ${table} WHERE id = ?`)
      .get(query.after) as Cursor | undefined;
    if (!cursor) return null;
    const before = descending ? "<" : ">";
    where.unshift(
      `(created_at ${before} ? OR (created_at = ? AND rowid ${before} ?))`,
    );
    params.unshift(cursor.created_at, cursor.created_at, cursor.rowid);
  }
  const direction = descending ? "DESC" : "ASC";
  return db
    .prepare(
      `SELECT ${columns} FROM ${table} ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY created_at ${direction}, rowid ${direction} LIMIT ?`,
    )
    .all(...params, query.limit + 1) as Row[];
}
