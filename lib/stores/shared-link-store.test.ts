import { beforeEach, describe, expect, it, vi } from "vitest";
import { defaultDraft, type Draft } from "@/lib/request/draft";
import { encodePermalink } from "@/lib/request/permalink";
import { everyFieldDraft } from "@/lib/request/testing/drafts";
import { useComposerStore } from "./composer-store";
import { useRunStore } from "./run-store";
import { OWN_DRAFT_KEY, useSharedLinkStore } from "./shared-link-store";

// Node has no localStorage; a Map-backed one lets both stores persist as they do in a browser.
const storage = vi.hoisted(() => {
  const items = new Map<string, string>();
  const local = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
  Object.assign(globalThis, { localStorage: local });
  return local;
});

const draft = () => useComposerStore.getState().draft;
const link = () => useSharedLinkStore.getState();
const own: Draft = {
  ...defaultDraft(),
  instructions: "my own instructions",
  messages: [{ id: "m1", role: "user", text: "my own draft" }],
};

describe("shared link store", () => {
  beforeEach(() => {
    storage.clear();
    useSharedLinkStore.setState({ notice: null, loaded: null });
    useComposerStore.getState().actions.replaceDraft(own);
  });

  it("loads a link into the composer and keeps the person's draft to restore", async () => {
    const shared = everyFieldDraft();
    await link().actions.openLink(
      `#${(await encodePermalink(shared)).fragment}`,
    );
    expect(draft()).toEqual(shared);
    expect(link().notice).toEqual({
      kind: "loaded",
      omitted: [],
      canRestore: true,
      continueFrom: null,
    });

    await link().actions.restoreOwnDraft();
    expect(draft()).toEqual(own);
    expect(link().notice).toBeNull();
    expect(storage.getItem(OWN_DRAFT_KEY)).toBeNull();
  });

  it("opening a second link keeps the person's draft, not the first link's", async () => {
    const first = { ...everyFieldDraft(), model: "first" };
    const second = { ...everyFieldDraft(), model: "second" };
    await link().actions.openLink((await encodePermalink(first)).fragment);
    await link().actions.openLink((await encodePermalink(second)).fragment);
    expect(draft().model).toBe("second");
    await link().actions.restoreOwnDraft();
    expect(draft()).toEqual(own);
  });

  it("a bad link shows why and leaves the draft and the kept-aside draft alone", async () => {
    storage.setItem(OWN_DRAFT_KEY, JSON.stringify({ model: "kept" }));
    const { fragment } = await encodePermalink(everyFieldDraft());
    await link().actions.openLink(fragment.slice(0, -10));
    expect(link().notice).toEqual({
      kind: "error",
      message: expect.stringContaining("truncated") as string,
    });
    expect(draft()).toEqual(own);
    expect(storage.getItem(OWN_DRAFT_KEY)).toBe(
      JSON.stringify({ model: "kept" }),
    );
  });

  it("a link with a thread starts this tab's thread from the same stored response", async () => {
    const shared = everyFieldDraft();
    await link().actions.openLink(
      (await encodePermalink(shared, "resp_shared")).fragment,
    );
    expect(useRunStore.getState().origin).toMatchObject({
      upstream: shared.upstream,
      previousResponseId: "resp_shared",
      items: [],
    });
    expect(link().notice).toMatchObject({ continueFrom: "resp_shared" });
  });
});
