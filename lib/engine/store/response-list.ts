import type Database from "better-sqlite3";
import type { EngineResponse } from "../types";
import {
  pageByCreation,
  requireMetadata,
  type Conditions,
} from "./creation-page";
import { toItemPage, type ItemPage, type PageQuery } from "./item-page";

/** What `GET /v1/responses` may narrow the list by, beyond the page cursor. */
export interface ResponseFilter {
  model?: string;
  status?: string;
  /** Every pair must be in the response's metadata. */
  metadata: Record<string, string>;
}

/** Pages stored responses, newest or oldest first; returns null when the `after` cursor names no stored response. */
export function pageResponses(
  db: Database.Database,
  query: PageQuery & ResponseFilter,
): ItemPage<EngineResponse> | null {
  const conditions: Conditions = { where: [], params: [] };
  if (query.model !== undefined) {
    conditions.where.push("json_extract(body, '$.model') = ?");
    conditions.params.push(query.model);
  }
  if (query.status !== undefined) {
    conditions.where.push("status = ?");
    conditions.params.push(query.status);
  }
  requireMetadata(
    conditions,
    "responses",
    "body",
    "$.metadata",
    query.metadata,
  );
  const rows = pageByCreation<{ body: string }>(
    db,
    "responses",
    "body",
    query,
    conditions,
  );
  return (
    rows &&
    toItemPage(
      rows.map((row) => JSON.parse(row.body) as EngineResponse),
      query.limit,
    )
  );
}
