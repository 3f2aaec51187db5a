// An in-memory IndexedDB, installed before Dexie loads so it is the one Dexie finds.
import "fake-indexeddb/auto";
import { Dexie } from "dexie";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { attachmentPart } from "@/lib/request/build-parts";
import type { DraftAttachment } from "@/lib/request/draft-attachments";
import {
  diffInlineData,
  persistDraftAttachments,
} from "./attachment-persistence";

// Node has no localStorage; a Map-backed one lets the draft persist and reload as in a browser.
const storage = vi.hoisted(() => {
  const items = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    },
  });
  return items;
});

// The database the module writes, opened here by name to read what is really stored.
const raw = new Dexie("responses-playground-draft-attachments");
raw.version(1).stores({ attachments: "id" });
const stored = async () => {
  return Object.fromEntries(
    (
      await raw.table<{ id: string; data: string }>("attachments").toArray()
    ).map((row) => [row.id, row.data]),
  );
};

const PNG = "data:image/png;base64,iVBORw0KGgo=";

function attachment(id: string, data = PNG): DraftAttachment {
  return {
    id,
    name: `${id}.png`,
    kind: "image",
    source: "data",
    mimeType: "image/png",
    size: 8,
    data,
    url: "",
    fileId: "",
    detail: "auto",
    format: "wav",
  };
}

let stops: (() => void)[] = [];

/** A page load: a fresh composer store hydrated from localStorage, with its attachment persistence started. */
async function load() {
  vi.resetModules();
  const { useComposerStore, composerHydrated } =
    await import("./composer-store");
  await composerHydrated();
  const persistence = persistDraftAttachments(useComposerStore);
  stops.push(persistence.stop);
  await persistence.settled();
  const actions = useComposerStore.getState().actions;
  const messageId = useComposerStore.getState().draft.messages[0]?.id ?? "";
  const attachments = () =>
    useComposerStore.getState().draft.messages[0]?.attachments ?? [];
  const draft = () => useComposerStore.getState().draft;
  return {
    actions,
    messageId,
    attachments,
    draft,
    settled: persistence.settled,
  };
}

beforeEach(async () => {
  storage.clear();
  await raw.table("attachments").clear();
});

afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
});

describe("draft attachments in IndexedDB", () => {
  it("writes an attachment's content to IndexedDB and never to localStorage", async () => {
    const page = await load();
    page.actions.addAttachments(page.messageId, [attachment("att_a")]);
    await page.settled();
    expect(await stored()).toEqual({ att_a: PNG });
    const saved = [...storage.values()].join("");
    expect(saved).toContain("att_a.png");
    expect(saved).not.toContain("iVBORw0KGgo");
  });

  it("restores the content after a reload, so the attachment can be sent", async () => {
    const first = await load();
    first.actions.addAttachments(first.messageId, [attachment("att_a")]);
    await first.settled();
    const second = await load();
    expect(second.attachments()).toEqual([attachment("att_a")]);
    expect(attachmentPart(second.attachments()[0]!)).toHaveProperty("part");
  });

  it("deletes the content of a removed attachment", async () => {
    const page = await load();
    page.actions.addAttachments(page.messageId, [
      attachment("att_a"),
      attachment("att_b"),
    ]);
    page.actions.removeAttachment(page.messageId, "att_a");
    await page.settled();
    expect(await stored()).toEqual({ att_b: PNG });
  });

  it("deletes every content when the draft is cleared or its turn is sent", async () => {
    const page = await load();
    page.actions.addAttachments(page.messageId, [attachment("att_a")]);
    await page.settled();
    page.actions.resetDraft();
    await page.settled();
    expect(await stored()).toEqual({});

    const next = await load();
    next.actions.addAttachments(next.messageId, [attachment("att_b")]);
    next.actions.startNextTurn(next.draft());
    await next.settled();
    expect(await stored()).toEqual({});
  });

  it("leaves an attachment whose content is missing empty, with the note to attach it again", async () => {
    const first = await load();
    first.actions.addAttachments(first.messageId, [attachment("att_a")]);
    await first.settled();
    await raw.table("attachments").delete("att_a");
    const second = await load();
    const [restored] = second.attachments();
    expect(restored?.data).toBe("");
    expect(attachmentPart(restored!)).toEqual({
      problem:
        "att_a.png was not kept when the draft was restored; attach it again",
    });
  });

  it("forgets content that no attachment of the restored draft names", async () => {
    const first = await load();
    first.actions.addAttachments(first.messageId, [attachment("att_a")]);
    await first.settled();
    await raw.table("attachments").put({ id: "att_orphan", data: PNG });
    await load();
    expect(await stored()).toEqual({ att_a: PNG });
  });

  it("opens the database at start only to read content back, and forgets leftovers at its first write", async () => {
    await raw.table("attachments").put({ id: "att_orphan", data: PNG });
    const page = await load();
    expect(await stored()).toEqual({ att_orphan: PNG });
    page.actions.addAttachments(page.messageId, [attachment("att_b")]);
    await page.settled();
    expect(await stored()).toEqual({ att_b: PNG });
  });
});

describe("diffInlineData", () => {
  it("saves new and changed content and removes what is gone", () => {
    const before = new Map([
      ["kept", "a"],
      ["changed", "b"],
      ["gone", "c"],
    ]);
    const after = new Map([
      ["kept", "a"],
      ["changed", "B"],
      ["new", "d"],
    ]);
    expect(diffInlineData(before, after)).toEqual({
      save: [
        { id: "changed", data: "B" },
        { id: "new", data: "d" },
      ],
      remove: ["gone"],
    });
  });
});
