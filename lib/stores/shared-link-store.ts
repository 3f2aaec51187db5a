import { create } from "zustand";
import type { Draft } from "@/lib/request/draft";
import {
  omitLargeAttachments,
  type OmittedAttachment,
} from "@/lib/request/permalink-attachments";
import { continueFromResponse } from "@/lib/run/thread-origin";
import { composerHydrated, useComposerStore } from "./composer-store";

/** Where the person's own draft waits while a shared one fills the composer. */
export const OWN_DRAFT_KEY = "responses-playground:draft-before-link";

export type SharedLinkNotice =
  | {
      kind: "loaded";
      omitted: OmittedAttachment[];
      canRestore: boolean;
      continueFrom: string | null;
    }
  | { kind: "error"; message: string };

interface SharedLinkState {
  notice: SharedLinkNotice | null;
  /** The draft the last link loaded: opening a second link must not set it aside as the person's own. */
  loaded: Draft | null;
  actions: {
    /** Loads the draft of a permalink fragment into the composer, keeping the current one aside. */
    openLink: (fragment: string) => Promise<void>;
    /** Puts the draft that was set aside back into the composer. */
    restoreOwnDraft: () => Promise<void>;
    dismiss: () => void;
  };
}

/** Saves the person's draft under OWN_DRAFT_KEY; false when storage refused it. */
function keepAside(draft: Draft): boolean {
  try {
    // Large inline attachments could overflow localStorage; the rest of the draft matters more.
    const { draft: small } = omitLargeAttachments(draft);
    localStorage.setItem(OWN_DRAFT_KEY, JSON.stringify(small));
    return true;
  } catch {
    // Storage full or blocked: the shared draft still opens; there is just nothing to restore.
    return false;
  }
}

/** The draft kept aside, read through the draft schema (loaded only now). */
async function readAside(): Promise<Draft | null> {
  try {
    const saved = localStorage.getItem(OWN_DRAFT_KEY);
    if (saved === null) return null;
    const { parseDraft } = await import("@/lib/request/draft-schema");
    return parseDraft(JSON.parse(saved));
  } catch {
    return null;
  }
}

/** The state of the latest shared link opened on the playground, and the person's own draft kept aside. */
export const useSharedLinkStore = create<SharedLinkState>()((set, get) => ({
  notice: null,
  loaded: null,
  actions: {
    openLink: async (fragment) => {
      // The codec (and zod) load with the first link; the stored draft must be in before the link replaces it.
      const [{ decodePermalink }] = await Promise.all([
        import("@/lib/request/permalink"),
        composerHydrated(),
      ]);
      const result = await decodePermalink(fragment);
      if (!result.ok) {
        set({ notice: { kind: "error", message: result.message } });
        return;
      }
      const composer = useComposerStore.getState();
      const { loaded } = get();
      const fromLastLink =
        loaded !== null &&
        JSON.stringify(loaded) === JSON.stringify(composer.draft);
      const canRestore = fromLastLink
        ? (await readAside()) !== null
        : keepAside(composer.draft);
      composer.actions.replaceDraft(result.draft);
      // The shared thread's next Send chains where the sender's would have.
      if (result.continueFrom)
        continueFromResponse({
          responseId: result.continueFrom,
          upstream: result.draft.upstream,
          model: null,
        });
      set({
        loaded: result.draft,
        notice: {
          kind: "loaded",
          omitted: result.omitted,
          canRestore,
          continueFrom: result.continueFrom,
        },
      });
    },
    restoreOwnDraft: async () => {
      const own = await readAside();
      if (own) useComposerStore.getState().actions.replaceDraft(own);
      localStorage.removeItem(OWN_DRAFT_KEY);
      set({ notice: null, loaded: null });
    },
    dismiss: () => set({ notice: null }),
  },
}));

export const useSharedLinkActions = () =>
  useSharedLinkStore((state) => state.actions);
