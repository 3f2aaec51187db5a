import { beforeEach, describe, expect, it, vi } from "vitest";
import { DRAFT_VERSION, defaultDraft } from "@/lib/request/draft";
import { useComposerStore } from "./composer-store";

// Node has no localStorage; a Map-backed one lets the store persist as it does in a browser.
const storage = vi.hoisted(() => {
  const items = new Map<string, string>();
  const local = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
  Object.assign(globalThis, { localStorage: local });
  return local;
});

const actions = () => useComposerStore.getState().actions;
const messages = () => useComposerStore.getState().draft.messages;

describe("composer store", () => {
  beforeEach(() => actions().replaceDraft(defaultDraft()));

  it("keeps the messages in the order the user arranges", () => {
    actions().updateMessage(messages()[0]?.id ?? "", {
      role: "system",
      text: "be brief",
    });
    actions().addMessage("user");
    const second = messages()[1]?.id ?? "";
    actions().updateMessage(second, { text: "hello" });
    actions().moveMessage(second, -1);
    expect(messages().map((m) => m.text)).toEqual(["hello", "be brief"]);
    actions().moveMessage(second, -1);
    expect(messages().map((m) => m.text)).toEqual(["hello", "be brief"]);
  });

  it("always leaves one message to type into", () => {
    actions().removeMessage(messages()[0]?.id ?? "");
    expect(messages()).toHaveLength(1);
    expect(messages()[0]?.role).toBe("user");
  });

  it("starts the next turn with an empty user message but keeps the settings", () => {
    actions().setField("instructions", "stay");
    actions().updateMessage(messages()[0]?.id ?? "", { text: "sent" });
    actions().addItem('{"type":"message","role":"user","content":"item"}');
    actions().startNextTurn(useComposerStore.getState().draft);
    expect(messages().map((m) => m.text)).toEqual([""]);
    expect(useComposerStore.getState().draft.items).toEqual([]);
    expect(useComposerStore.getState().draft.instructions).toBe("stay");
  });

  it("keeps what was typed or added after Send when the upstream's acceptance comes later", () => {
    actions().updateMessage(messages()[0]?.id ?? "", { text: "sent" });
    actions().addItem('{"type":"message","role":"user","content":"sent item"}');
    const sent = useComposerStore.getState().draft;
    actions().updateMessage(messages()[0]?.id ?? "", {
      text: "typed meanwhile",
    });
    actions().addItem(
      '{"type":"message","role":"user","content":"added meanwhile"}',
    );
    actions().startNextTurn(sent);
    expect(messages().map((m) => m.text)).toEqual(["typed meanwhile"]);
    expect(
      useComposerStore.getState().draft.items.map((item) => item.json),
    ).toEqual(['{"type":"message","role":"user","content":"added meanwhile"}']);
  });

  it("shows what held Send back until the draft changes, and never stores it", () => {
    const problem = { field: "tools[0].parameters", message: "Invalid JSON" };
    actions().holdBack([problem]);
    expect(useComposerStore.getState().heldBack).toEqual([problem]);
    expect(storage.getItem("responses-playground:draft")).not.toContain(
      "Invalid JSON",
    );
    actions().setField("model", "another");
    expect(useComposerStore.getState().heldBack).toEqual([]);
    actions().holdBack([problem]);
    actions().replaceDraft(defaultDraft());
    expect(useComposerStore.getState().heldBack).toEqual([]);
  });

  it("persists the draft, and only the draft, under a versioned key", () => {
    actions().setField("model", "persisted-model");
    const saved = JSON.parse(
      storage.getItem("responses-playground:draft") ?? "{}",
    ) as {
      state?: Record<string, unknown>;
      version?: number;
    };
    expect(saved.version).toBe(DRAFT_VERSION);
    expect(Object.keys(saved.state ?? {})).toEqual(["draft"]);
    expect(JSON.stringify(saved.state)).toContain("persisted-model");
  });

  describe("reading back a stored draft", () => {
    const storedDraft = (instructions: string) =>
      JSON.stringify({
        state: { draft: { ...defaultDraft(), instructions } },
        version: DRAFT_VERSION,
      });
    /** A fresh copy of the store, as a page load makes it: it starts reading the stored draft at once. */
    const loadStore = async () => {
      vi.resetModules();
      return import("./composer-store");
    };

    it("puts the stored draft in the composer", async () => {
      storage.setItem("responses-playground:draft", storedDraft("from before"));
      const { useComposerStore: store, composerHydrated } = await loadStore();
      await composerHydrated();
      expect(store.getState().draft.instructions).toBe("from before");
    });

    it("keeps what the user typed while the stored draft was still being read", async () => {
      storage.setItem("responses-playground:draft", storedDraft("from before"));
      const { useComposerStore: store, composerHydrated } = await loadStore();
      expect(store.persist.hasHydrated()).toBe(false);
      store.getState().actions.setField("instructions", "typed just now");
      await composerHydrated();
      expect(store.getState().draft.instructions).toBe("typed just now");
      expect(storage.getItem("responses-playground:draft")).toContain(
        "typed just now",
      );
    });
  });
});
