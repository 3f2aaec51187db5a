import type Database from "better-sqlite3";
import type { EngineResponse } from "../types";
import { toItemPage, type ItemPage, type PageQuery } from "./item-page";

/** What `GET /v1/responses` may narrow the list by, beyond the page cursor. */
export interface ResponseFilter {
  model?: string;
  status?: string;
  /** Every pair must be in the response's metadata. */
  metadata: Record<string, string>;
}

interface Cursor {
  created_at: number;
  rowid: number;
}

/**
 * Pages stored responses by creation time, then insertion order (ids are random, so the rowid breaks
 * ties within one second); returns null when the `after` cursor names no stored response.
 */
export function pageResponses(
  db: Database.Database,
  query: PageQuery & ResponseFilter,
): ItemPage<EngineResponse> | null {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const descending = query.order === "desc";
  if (query.after) {
    const cursor = db
      .prepare("SELECT created_at, rowid FROM responses WHERE id = ?")
      .get(query.after) as Cursor | undefined;
    if (!cursor) return null;
    const before = descending ? "<" : ">";
    where.push(
      `(created_at ${before} ? OR (created_at = ? AND rowid ${before} ?))`,
    );
    params.push(cursor.created_at, cursor.created_at, cursor.rowid);
  }
  if (query.model !== undefined) {
    where.push("json_extract(body, '$.model') = ?");
    params.push(query.model);
  }
  if (query.status !== undefined) {
    where.push("status = ?");
    params.push(query.status);
  }
  for (const [key, value] of Object.entries(query.metadata)) {
    // json_each compares the key as data, so no metadata key can change the SQL.
    where.push(
      "EXISTS (SELECT 1 FROM json_each(responses.body, '$.metadata') WHERE key = ? AND value = ?)",
    );
    params.push(key, value);
  }
  const direction = descending ? "DESC" : "ASC";
  const rows = db
    .prepare(
      `SELECT body FROM responses ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY created_at ${direction}, rowid ${direction} LIMIT ?`,
    )
    .all(...params, query.limit + 1) as { body: string }[];
  return toItemPage(
    rows.map((row) => JSON.parse(row.body) as EngineResponse),
    query.limit,
  );
}
