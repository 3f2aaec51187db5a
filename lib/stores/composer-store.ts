import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import {
  DRAFT_VERSION,
  defaultDraft,
  newDraftId,
  parseDraft,
  type Draft,
  type DraftMessage,
  type DraftTool,
  type MessageRole,
} from "@/lib/request/draft-schema";

interface ComposerActions {
  setField: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  updateMessage: (id: string, patch: Partial<Omit<DraftMessage, "id">>) => void;
  addMessage: (role: MessageRole) => void;
  removeMessage: (id: string) => void;
  /** Swaps a message with its neighbour above (-1) or below (+1). */
  moveMessage: (id: string, offset: -1 | 1) => void;
  addTool: () => void;
  updateTool: (id: string, patch: Partial<Omit<DraftTool, "id">>) => void;
  removeTool: (id: string) => void;
  /** After a send: the messages went into the thread, so the next turn starts from an empty user message. */
  startNextTurn: () => void;
  replaceDraft: (draft: Draft) => void;
  resetDraft: () => void;
}

export interface ComposerState {
  draft: Draft;
  actions: ComposerActions;
}

const exampleTool = {
  name: "get_weather",
  description: "Current weather for a city.",
  parametersJson: JSON.stringify(
    {
      type: "object",
      properties: { city: { type: "string" } },
      required: ["city"],
    },
    null,
    2,
  ),
  strict: true,
};

function emptyUserMessage(): DraftMessage {
  return { id: newDraftId("msg"), role: "user", text: "" };
}

/** The composer's draft: persisted in localStorage so it survives a reload; keys never live here. */
export const useComposerStore = create<ComposerState>()(
  persist(
    (set) => {
      const update = (change: (draft: Draft) => Partial<Draft>) =>
        set((state) => ({ draft: { ...state.draft, ...change(state.draft) } }));
      return {
        draft: defaultDraft(),
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
              const from = draft.messages.findIndex((m) => m.id === id);
              const to = from + offset;
              const moving = draft.messages[from];
              const other = draft.messages[to];
              if (!moving || !other) return {};
              const messages = [...draft.messages];
              messages[to] = moving;
              messages[from] = other;
              return { messages };
            }),
          addTool: () =>
            update((draft) => ({
              tools: [
                ...draft.tools,
                draft.tools.length === 0
                  ? { id: newDraftId("tool"), ...exampleTool }
                  : {
                      id: newDraftId("tool"),
                      name: "",
                      description: "",
                      parametersJson: "{}",
                      strict: true,
                    },
              ],
            })),
          updateTool: (id, patch) =>
            update((draft) => ({
              tools: draft.tools.map((t) =>
                t.id === id ? { ...t, ...patch } : t,
              ),
            })),
          removeTool: (id) =>
            update((draft) => ({
              tools: draft.tools.filter((t) => t.id !== id),
            })),
          startNextTurn: () =>
            update(() => ({ messages: [emptyUserMessage()] })),
          replaceDraft: (draft) => set({ draft }),
          resetDraft: () => set({ draft: defaultDraft() }),
        },
      };
    },
    {
      name: "responses-playground:draft",
      version: DRAFT_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ draft: state.draft }),
      merge: (persisted, current) => ({
        ...current,
        draft: parseDraft(
          (persisted as { draft?: unknown } | undefined)?.draft,
        ),
      }),
      migrate: (persisted) => ({
        draft: parseDraft(
          (persisted as { draft?: unknown } | undefined)?.draft,
        ),
      }),
    },
  ),
);

export const useComposerActions = () =>
  useComposerStore((state) => state.actions);
