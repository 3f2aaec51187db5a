import { create } from "zustand";
import {
  createJSONStorage,
  persist,
  type PersistStorage,
} from "zustand/middleware";
import {
  DRAFT_VERSION,
  defaultDraft,
  newDraftId,
  type Draft,
  type DraftAttachment,
  type DraftMessage,
  type DraftTool,
  type MessageRole,
} from "@/lib/request/draft";
import type { DraftProblem } from "@/lib/request/build-json";
import type { ToolKind } from "@/lib/request/draft-tools";
import { newToolRow } from "@/lib/request/new-tool-row";
import { persistDraftAttachments } from "./attachment-persistence";

interface ComposerActions {
  setField: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  updateMessage: (id: string, patch: Partial<Omit<DraftMessage, "id">>) => void;
  addMessage: (role: MessageRole) => void;
  removeMessage: (id: string) => void;
  /** Swaps a message with its neighbour above (-1) or below (+1). */
  moveMessage: (id: string, offset: -1 | 1) => void;
  /** Adds a tool of `type` with its defaults, once the tool schema (which knows them) has loaded. */
  addTool: (type: ToolKind) => Promise<void>;
  updateTool: <T extends DraftTool>(
    tool: T,
    patch: Partial<Omit<T, "id" | "type">>,
  ) => void;
  removeTool: (id: string) => void;
  moveTool: (id: string, offset: -1 | 1) => void;
  addAttachments: (messageId: string, attachments: DraftAttachment[]) => void;
  updateAttachment: (
    messageId: string,
    id: string,
    patch: Partial<Omit<DraftAttachment, "id">>,
  ) => void;
  removeAttachment: (messageId: string, id: string) => void;
  /** Puts back the content of inline attachments a reload left empty (read from IndexedDB), by id. */
  restoreAttachmentData: (data: ReadonlyMap<string, string>) => void;
  addItem: (json: string) => void;
  updateItem: (id: string, json: string) => void;
  removeItem: (id: string) => void;
  /**
   * After a send: the draft's messages and items that went into the thread leave it, and the next turn starts
   * from an empty user message. One changed or added since `sent` was read stays: it is what the user has typed
   * meanwhile (the upstream's acceptance comes in an idle moment, which can be after the answer has finished).
   */
  startNextTurn: (sent: Pick<Draft, "messages" | "items">) => void;
  replaceDraft: (draft: Draft) => void;
  resetDraft: () => void;
  /** Shows why Send did not go; any change to the draft clears it. */
  holdBack: (problems: DraftProblem[]) => void;
}

export interface ComposerState {
  draft: Draft;
  /** The problems that held the last Send back, until the draft changes. */
  heldBack: readonly DraftProblem[];
  actions: ComposerActions;
}

const nothingHeldBack: readonly DraftProblem[] = [];

/** A copy of `rows` with the row `id` swapped with its neighbour above (-1) or below (+1). */
function moveRow<T extends { id: string }>(
  rows: readonly T[],
  id: string,
  offset: -1 | 1,
): T[] | null {
  const from = rows.findIndex((row) => row.id === id);
  const to = from + offset;
  const moving = rows[from];
  const other = rows[to];
  if (!moving || !other) return null;
  const moved = [...rows];
  moved[to] = moving;
  moved[from] = other;
  return moved;
}

/** Inline attachment bytes never go to localStorage (small and synchronous); IndexedDB keeps them (attachment-persistence). */
function withoutInlineData(draft: Draft): Draft {
  return {
    ...draft,
    messages: draft.messages.map((message) =>
      message.attachments?.some((a) => a.data !== "")
        ? {
            ...message,
            attachments: message.attachments.map((a) => ({ ...a, data: "" })),
          }
        : message,
    ),
  };
}

function emptyUserMessage(): DraftMessage {
  return { id: newDraftId("msg"), role: "user", text: "" };
}

interface PersistedDraft {
  draft: Draft;
}

const localJson = createJSONStorage<PersistedDraft>(() => localStorage);

/** localStorage, whose stored draft is read through the draft schema; zod loads only when a draft is stored. */
const draftStorage: PersistStorage<PersistedDraft> | undefined = localJson && {
  ...localJson,
  getItem: async (name) => {
    const stored = await localJson.getItem(name);
    if (!stored) return null;
    const { parseDraft } = await import("@/lib/request/draft-schema");
    const state = stored.state as Partial<PersistedDraft> | undefined;
    return { ...stored, state: { draft: parseDraft(state?.draft) } };
  },
};

/** The draft a page load starts with, until the stored one has been read. */
const startingDraft = defaultDraft();

/** The composer's draft: persisted in localStorage so it survives a reload; keys never live here. */
export const useComposerStore = create<ComposerState>()(
  persist(
    (set) => {
      const update = (change: (draft: Draft) => Partial<Draft>) =>
        set((state) => ({
          draft: { ...state.draft, ...change(state.draft) },
          heldBack: nothingHeldBack,
        }));
      const updateAttachments = (
        messageId: string,
        change: (list: DraftAttachment[]) => DraftAttachment[],
      ) =>
        update((draft) => ({
          messages: draft.messages.map((m) =>
            m.id === messageId
              ? { ...m, attachments: change(m.attachments ?? []) }
              : m,
          ),
        }));
      return {
        draft: startingDraft,
        heldBack: nothingHeldBack,
        actions: {
          setField: (key, value) => update(() => ({ [key]: value })),
          updateMessage: (id, patch) =>
            update((draft) => ({
              messages: draft.messages.map((m) =>
                m.id === id ? { ...m, ...patch } : m,
              ),
            })),
          addMessage: (role) =>
            update((draft) => ({
              messages: [
                ...draft.messages,
                { id: newDraftId("msg"), role, text: "" },
              ],
            })),
          removeMessage: (id) =>
            update((draft) => {
              const messages = draft.messages.filter((m) => m.id !== id);
              return {
                messages: messages.length > 0 ? messages : [emptyUserMessage()],
              };
            }),
          moveMessage: (id, offset) =>
            update((draft) => {
              const messages = moveRow(draft.messages, id, offset);
              return messages ? { messages } : {};
            }),
          addTool: async (type) => {
            const { newDraftTool } =
              await import("@/lib/request/draft-tool-schema");
            const tool = newDraftTool(type, newDraftId("tool"));
            update((draft) => ({
              tools: [...draft.tools, newToolRow(tool, draft.tools)],
            }));
          },
          updateTool: (tool, patch) =>
            update((draft) => ({
              tools: draft.tools.map((t) =>
                t.id === tool.id ? { ...t, ...patch } : t,
              ),
            })),
          removeTool: (id) =>
            update((draft) => ({
              tools: draft.tools.filter((t) => t.id !== id),
            })),
          moveTool: (id, offset) =>
            update((draft) => {
              const tools = moveRow(draft.tools, id, offset);
              return tools ? { tools } : {};
            }),
          addAttachments: (messageId, attachments) =>
            updateAttachments(messageId, (list) => [...list, ...attachments]),
          updateAttachment: (messageId, id, patch) =>
            updateAttachments(messageId, (list) =>
              list.map((a) => (a.id === id ? { ...a, ...patch } : a)),
            ),
          removeAttachment: (messageId, id) =>
            updateAttachments(messageId, (list) =>
              list.filter((a) => a.id !== id),
            ),
          restoreAttachmentData: (data) =>
            update((draft) => ({
              messages: draft.messages.map((m) =>
                m.attachments?.some((a) => data.has(a.id))
                  ? {
                      ...m,
                      attachments: m.attachments.map((a) =>
                        a.source === "data" && a.data === ""
                          ? { ...a, data: data.get(a.id) ?? "" }
                          : a,
                      ),
                    }
                  : m,
              ),
            })),
          addItem: (json) =>
            update((draft) => ({
              items: [...draft.items, { id: newDraftId("item"), json }],
            })),
          updateItem: (id, json) =>
            update((draft) => ({
              items: draft.items.map((item) =>
                item.id === id ? { ...item, json } : item,
              ),
            })),
          removeItem: (id) =>
            update((draft) => ({
              items: draft.items.filter((item) => item.id !== id),
            })),
          startNextTurn: (sent) =>
            update((draft) => {
              const messages = draft.messages.filter(
                (message) => !sent.messages.includes(message),
              );
              return {
                messages: messages.length > 0 ? messages : [emptyUserMessage()],
                items: draft.items.filter((item) => !sent.items.includes(item)),
              };
            }),
          replaceDraft: (draft) => set({ draft, heldBack: nothingHeldBack }),
          resetDraft: () =>
            set({ draft: defaultDraft(), heldBack: nothingHeldBack }),
          holdBack: (problems) => set({ heldBack: problems }),
        },
      };
    },
    {
      name: "responses-playground:draft",
      version: DRAFT_VERSION,
      storage: draftStorage,
      partialize: (state) => ({ draft: withoutInlineData(state.draft) }),
      // draftStorage has already read any older shape into the current one.
      migrate: (persisted) => persisted as PersistedDraft,
      // The stored draft is read asynchronously: what the user typed meanwhile is newer, so it wins.
      merge: (persisted, current) =>
        persisted && current.draft === startingDraft
          ? { ...current, ...(persisted as PersistedDraft) }
          : current,
    },
  ),
);

/**
 * Resolves once a stored draft (read asynchronously, as its schema loads on demand) is in the store,
 * so whatever replaces the draft at start (a shared link, a continued response) is not overwritten by it.
 */
export function composerHydrated(): Promise<void> {
  const { persist } = useComposerStore;
  if (persist.hasHydrated()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = persist.onFinishHydration(() => {
      stop();
      resolve();
    });
  });
}

// Only a browser has IndexedDB; tests start the persistence themselves, on a store they create.
if (typeof window !== "undefined")
  void composerHydrated().then(() => persistDraftAttachments(useComposerStore));

export const useComposerActions = () =>
  useComposerStore((state) => state.actions);
