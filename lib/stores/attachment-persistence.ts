import { create } from "zustand";
import type { Draft } from "@/lib/request/draft";
import type { StoredAttachmentData } from "./attachment-db";

type AttachmentDbModule = typeof import("./attachment-db");

/** The slice of the composer store this module needs, so tests can hand it a freshly created store. */
export interface DraftAttachmentStore {
  getState: () => {
    draft: Draft;
    actions: {
      restoreAttachmentData: (data: ReadonlyMap<string, string>) => void;
    };
  };
  subscribe: (
    listener: (state: { draft: Draft }, previous: { draft: Draft }) => void,
  ) => () => void;
}

/** Whether a reload's attachments are still being read back, so their empty content is not yet a problem to show. */
export const useAttachmentRestore = create<{ restoring: boolean }>(() => ({
  restoring: true,
}));

function attachmentsOf(draft: Draft) {
  return draft.messages.flatMap((message) => message.attachments ?? []);
}

/** The inline content of the draft's attachments, by id: what IndexedDB should hold. */
export function inlineDataOf(draft: Draft): Map<string, string> {
  return new Map(
    attachmentsOf(draft)
      .filter((a) => a.source === "data" && a.data !== "")
      .map((a) => [a.id, a.data]),
  );
}

/** What to write and what to delete so that storage holding `before` holds `after`. */
export function diffInlineData(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): { save: StoredAttachmentData[]; remove: string[] } {
  return {
    save: [...after]
      .filter(([id, data]) => before.get(id) !== data)
      .map(([id, data]) => ({ id, data })),
    remove: [...before.keys()].filter((id) => !after.has(id)),
  };
}

/** Inline attachments whose content a reload left behind (localStorage never holds it). */
function restorableIds(draft: Draft): string[] {
  return attachmentsOf(draft)
    .filter((a) => a.source === "data" && a.data === "")
    .map((a) => a.id);
}

/**
 * Keeps the draft's attachment content in IndexedDB: restores it into the draft now, then writes
 * every added attachment and deletes every removed one (by Remove, a cleared draft or a sent turn).
 * Dexie is imported on first use (a restore or a write), so the playground's first load does not carry it.
 */
export function persistDraftAttachments(store: DraftAttachmentStore): {
  /** Resolves when every write and delete so far has reached IndexedDB. */
  settled: () => Promise<void>;
  stop: () => void;
} {
  let known = inlineDataOf(store.getState().draft);
  let db: Promise<AttachmentDbModule> | null = null;
  let pruned = false;
  let queue: Promise<void> = Promise.resolve();
  // One queue keeps a write and a later delete of the same attachment in order; a failed step
  // (the chunk did not load) only costs that step, as a reload then shows the "attach again" note.
  const enqueue = (operation: (db: AttachmentDbModule) => Promise<void>) => {
    queue = queue
      .then(async () => {
        const attachmentDb = await (db ??= import("./attachment-db"));
        await operation(attachmentDb);
        if (pruned) return;
        pruned = true;
        // Content no attachment of the draft names (left by a closed tab or another tab's draft) goes
        // the first time the database is open anyway.
        await attachmentDb.keepOnlyAttachmentData(
          attachmentsOf(store.getState().draft).map((a) => a.id),
        );
      })
      .catch(() => undefined);
  };
  const stop = store.subscribe((state, previous) => {
    if (state.draft.messages === previous.draft.messages) return;
    const next = inlineDataOf(state.draft);
    const { save, remove } = diffInlineData(known, next);
    known = next;
    if (save.length > 0) enqueue((db) => db.saveAttachmentData(save));
    if (remove.length > 0) enqueue((db) => db.deleteAttachmentData(remove));
  });
  const restorable = restorableIds(store.getState().draft);
  // Dexie loads at start only when the draft has content to read back: most first loads have none.
  if (restorable.length > 0)
    enqueue(async (db) => {
      const data = await db.loadAttachmentData(restorable);
      // Known before the draft changes, so the listener does not write back what was just read.
      known = new Map([...known, ...data]);
      if (data.size > 0) store.getState().actions.restoreAttachmentData(data);
    });
  void queue.then(() => useAttachmentRestore.setState({ restoring: false }));
  return { settled: () => queue, stop };
}
