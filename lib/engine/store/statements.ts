import type Database from "better-sqlite3";

/** Every SQL statement the store runs, prepared once per connection. */
export function prepareStatements(db: Database.Database) {
  return {
    insertResponse: db.prepare(
      "INSERT INTO responses (id, created_at, status, background, body, runner) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    updateResponse: db.prepare(
      "UPDATE responses SET status = ?, body = ? WHERE id = ?",
    ),
    getResponse: db.prepare("SELECT body FROM responses WHERE id = ?"),
    // A row for every stored response, so an unchained one (NULL) differs from none.
    previousResponseOf: db.prepare(
      "SELECT json_extract(body, '$.previous_response_id') AS previous FROM responses WHERE id = ?",
    ),
    deleteResponse: db.prepare("DELETE FROM responses WHERE id = ?"),
    insertOutputItem: db.prepare(
      "INSERT OR IGNORE INTO response_output_items (item_id, response_id) VALUES (?, ?)",
    ),
    // Before the response itself: the ids come from its stored output.
    deleteOutputItems: db.prepare(
      `DELETE FROM response_output_items WHERE response_id = @id AND item_id IN
       (SELECT json_extract(value, '$.id') FROM json_each((SELECT body FROM responses WHERE id = @id), '$.output'))`,
    ),
    // Unfinished background responses whose engine is gone: none, closed, or silent since @since.
    orphanedBackground: db.prepare(
      `SELECT body FROM responses WHERE background = 1 AND status IN ('queued', 'in_progress')
       AND (runner IS NULL OR runner NOT IN (SELECT id FROM engine_runners WHERE seen_at >= @since))`,
    ),
    heartbeat: db.prepare(
      "INSERT INTO engine_runners (id, seen_at) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET seen_at = excluded.seen_at",
    ),
    forgetRunners: db.prepare(
      "DELETE FROM engine_runners WHERE id = @id OR seen_at < @since",
    ),
    insertInputItem: db.prepare(
      "INSERT INTO response_input_items (response_id, position, item_id, item) VALUES (?, ?, ?, ?)",
    ),
    // Any stored item by its id, for item_reference: an input item, a conversation item or an output item.
    findItem: db.prepare(
      `SELECT item FROM response_input_items WHERE item_id = @id AND json_extract(item, '$.type') <> 'item_reference'
       UNION ALL SELECT item FROM conversation_items WHERE item_id = @id
       UNION ALL SELECT output.value AS item FROM response_output_items AS owner
         JOIN responses ON responses.id = owner.response_id, json_each(responses.body, '$.output') AS output
         WHERE owner.item_id = @id AND json_extract(output.value, '$.id') = @id
       LIMIT 1`,
    ),
    allInputItems: db.prepare(
      "SELECT position, item FROM response_input_items WHERE response_id = ? ORDER BY position",
    ),
    insertEvent: db.prepare(
      "INSERT INTO response_events (response_id, sequence_number, type, event) VALUES (?, ?, ?, ?)",
    ),
    eventsAfter: db.prepare(
      `SELECT sequence_number AS sequence, type, event AS json FROM response_events
       WHERE response_id = ? AND sequence_number > ? ORDER BY sequence_number`,
    ),
    insertConversation: db.prepare(
      "INSERT INTO conversations (id, created_at, metadata) VALUES (?, ?, ?)",
    ),
    getConversation: db.prepare(
      "SELECT id, created_at, metadata FROM conversations WHERE id = ?",
    ),
    updateConversation: db.prepare(
      "UPDATE conversations SET metadata = ? WHERE id = ?",
    ),
    deleteConversation: db.prepare("DELETE FROM conversations WHERE id = ?"),
    nextConversationPosition: db.prepare(
      "SELECT COALESCE(MAX(position) + 1, 0) AS next FROM conversation_items WHERE conversation_id = ?",
    ),
    insertConversationItem: db.prepare(
      "INSERT OR IGNORE INTO conversation_items (conversation_id, position, item_id, item) VALUES (?, ?, ?, ?)",
    ),
    allConversationItems: db.prepare(
      "SELECT position, item FROM conversation_items WHERE conversation_id = ? ORDER BY position",
    ),
    getConversationItem: db.prepare(
      "SELECT position, item FROM conversation_items WHERE conversation_id = ? AND item_id = ?",
    ),
    deleteConversationItem: db.prepare(
      "DELETE FROM conversation_items WHERE conversation_id = ? AND item_id = ?",
    ),
  };
}
