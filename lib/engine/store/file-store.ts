import type Database from "better-sqlite3";

/** A stored file's metadata, shaped as the API's FileObject. */
export interface FileRecord {
  id: string;
  object: "file";
  bytes: number;
  created_at: number;
  filename: string;
  purpose: string;
  status: "processed";
  expires_at: number | null;
  status_details: null;
}

export interface NewFile {
  id: string;
  createdAt: number;
  filename: string;
  purpose: string;
  mediaType: string;
  expiresAt: number | null;
  content: Buffer;
}

interface FileRow {
  id: string;
  created_at: number;
  filename: string;
  purpose: string;
  bytes: number;
  expires_at: number | null;
}

const COLUMNS = "id, created_at, filename, purpose, bytes, expires_at";

function toRecord(row: FileRow): FileRecord {
  return {
    id: row.id,
    object: "file",
    bytes: row.bytes,
    created_at: row.created_at,
    filename: row.filename,
    purpose: row.purpose,
    status: "processed",
    expires_at: row.expires_at,
    status_details: null,
  };
}

/** Uploaded files in the engine's SQLite database: metadata and content, in one row each. */
export class FileStore {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      insert: db.prepare(
        "INSERT INTO files (id, created_at, filename, purpose, bytes, media_type, expires_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      get: db.prepare(`SELECT ${COLUMNS} FROM files WHERE id = ?`),
      content: db.prepare("SELECT media_type, content FROM files WHERE id = ?"),
      all: db.prepare(
        `SELECT ${COLUMNS} FROM files ORDER BY created_at, rowid`,
      ),
      remove: db.prepare("DELETE FROM files WHERE id = ?"),
    };
  }

  insert(file: NewFile): FileRecord {
    this.statements.insert.run(
      file.id,
      file.createdAt,
      file.filename,
      file.purpose,
      file.content.length,
      file.mediaType,
      file.expiresAt,
      file.content,
    );
    return toRecord({
      id: file.id,
      created_at: file.createdAt,
      filename: file.filename,
      purpose: file.purpose,
      bytes: file.content.length,
      expires_at: file.expiresAt,
    });
  }

  get(id: string): FileRecord | null {
    const row = this.statements.get.get(id) as FileRow | undefined;
    return row ? toRecord(row) : null;
  }

  content(id: string): { mediaType: string; bytes: Buffer } | null {
    const row = this.statements.content.get(id) as
      { media_type: string; content: Buffer } | undefined;
    return row ? { mediaType: row.media_type, bytes: row.content } : null;
  }

  /** Every file's metadata, oldest first; the routes filter and page them. */
  all(): FileRecord[] {
    return (this.statements.all.all() as FileRow[]).map(toRecord);
  }

  remove(id: string): boolean {
    return this.statements.remove.run(id).changes > 0;
  }
}
