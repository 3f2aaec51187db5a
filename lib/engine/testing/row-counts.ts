import Database from "better-sqlite3";

/** Rows per table of an engine's SQLite file, read through a second connection as another reader would. */
export function rowCounts(dbPath: string): Record<string, number> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [
        table,
        db.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number,
      ]),
    );
  } finally {
    db.close();
  }
}
