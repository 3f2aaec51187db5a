import type Database from "better-sqlite3";

/** Ordered schema migrations; each runs once, in a transaction, and bumps `user_version`. */
const migrations: readonly string[] = [
  `
  CREATE TABLE responses (
    id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    background INTEGER NOT NULL,
    body TEXT NOT NULL
  );
  CREATE TABLE response_input_items (
    response_id TEXT NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    item TEXT NOT NULL,
    PRIMARY KEY (response_id, position)
  );
  CREATE INDEX response_input_items_by_id ON response_input_items(response_id, item_id);
  CREATE TABLE response_events (
    response_id TEXT NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
    sequence_number INTEGER NOT NULL,
    type TEXT NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (response_id, sequence_number)
  );
  CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    metadata TEXT NOT NULL
  );
  CREATE TABLE conversation_items (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    item TEXT NOT NULL,
    PRIMARY KEY (conversation_id, position)
  );
  CREATE UNIQUE INDEX conversation_items_by_id ON conversation_items(conversation_id, item_id);
  `,
  // GET /v1/responses pages by creation time.
  `CREATE INDEX responses_by_created_at ON responses(created_at);`,
  `
  CREATE TABLE files (
    id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    filename TEXT NOT NULL,
    purpose TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    expires_at INTEGER,
    content BLOB NOT NULL
  );
  CREATE INDEX files_by_created ON files(created_at, id);
  `,
  // Which engine process runs a background response, so an engine starting on a shared file fails only orphans.
  `
  ALTER TABLE responses ADD COLUMN runner TEXT;
  CREATE TABLE engine_runners (
    id TEXT PRIMARY KEY,
    seen_at INTEGER NOT NULL
  );
  `,
  // item_reference looks items up by id alone: indexes for that, and the output items of every response by id.
  // Engines look for orphaned background responses every few seconds: only unfinished background ones are indexed.
  `
  DROP INDEX response_input_items_by_id;
  CREATE INDEX response_input_items_by_item_id ON response_input_items(item_id);
  CREATE INDEX conversation_items_by_item_id ON conversation_items(item_id);
  CREATE TABLE response_output_items (
    item_id TEXT NOT NULL,
    response_id TEXT NOT NULL,
    PRIMARY KEY (item_id, response_id)
  ) WITHOUT ROWID;
  INSERT OR IGNORE INTO response_output_items (item_id, response_id)
    SELECT json_extract(output.value, '$.id'), responses.id FROM responses, json_each(responses.body, '$.output') AS output
    WHERE json_extract(output.value, '$.id') IS NOT NULL;
  CREATE INDEX responses_unfinished_background ON responses(runner)
    WHERE background = 1 AND status IN ('queued', 'in_progress');
  `,
  // GET /v1/conversations pages by creation time.
  `CREATE INDEX conversations_by_created_at ON conversations(created_at);`,
];

export function migrate(db: Database.Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `The engine database has schema version ${current}, newer than this engine's ${migrations.length}.`,
    );
  }
  migrations.slice(current).forEach((sql, offset) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + offset + 1}`);
    })();
  });
}
