import { Dexie, type Table } from "dexie";

/** The inline content of one draft attachment (its data URL), keyed by the attachment's id. */
export interface StoredAttachmentData {
  id: string;
  data: string;
}

class AttachmentDb extends Dexie {
  attachments!: Table<StoredAttachmentData, string>;

  constructor() {
    super("responses-playground-draft-attachments");
    this.version(1).stores({ attachments: "id" });
  }
}

let instance: AttachmentDb | null | undefined;

/** The database, or null where IndexedDB does not exist (server rendering, some private modes). */
function attachmentDb(): AttachmentDb | null {
  if (instance === undefined)
    instance = typeof indexedDB === "undefined" ? null : new AttachmentDb();
  return instance;
}

/**
 * Runs one operation; a failing IndexedDB only means attachments are not restored after a reload,
 * which the composer already explains, so errors never reach the UI.
 */
async function safely<T>(
  fallback: T,
  operation: (db: AttachmentDb) => Promise<T>,
): Promise<T> {
  const db = attachmentDb();
  if (!db) return fallback;
  try {
    return await operation(db);
  } catch {
    return fallback;
  }
}

/** Stores (or replaces) the content of these attachments. */
export function saveAttachmentData(
  rows: readonly StoredAttachmentData[],
): Promise<void> {
  return safely(undefined, async (db) => {
    await db.attachments.bulkPut([...rows]);
  });
}

export function deleteAttachmentData(ids: readonly string[]): Promise<void> {
  return safely(undefined, (db) => db.attachments.bulkDelete([...ids]));
}

/** The stored content of these attachments, by id; ids with nothing stored are absent. */
export function loadAttachmentData(
  ids: readonly string[],
): Promise<Map<string, string>> {
  return safely(new Map<string, string>(), async (db) => {
    const rows = await db.attachments.bulkGet([...ids]);
    return new Map(
      rows.flatMap((row): [string, string][] =>
        row ? [[row.id, row.data]] : [],
      ),
    );
  });
}

/** Deletes every stored attachment but these, e.g. those of a draft another tab replaced. */
export function keepOnlyAttachmentData(ids: readonly string[]): Promise<void> {
  return safely(undefined, async (db) => {
    const keep = new Set(ids);
    const stale = (await db.attachments.toCollection().primaryKeys()).filter(
      (id) => !keep.has(id),
    );
    await db.attachments.bulkDelete(stale);
  });
}
