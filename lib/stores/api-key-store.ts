import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

interface ApiKeyState {
  /** Keys the user typed, by upstream id: sessionStorage only, sent to the proxy per request. */
  keys: Record<string, string>;
  setKey: (upstream: string, key: string) => void;
}

export const useApiKeyStore = create<ApiKeyState>()(
  persist(
    (set) => ({
      keys: {},
      setKey: (upstream, key) =>
        set((state) => {
          const keys = { ...state.keys };
          if (key) keys[upstream] = key;
          else delete keys[upstream];
          return { keys };
        }),
    }),
    {
      name: "responses-playground:api-keys",
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ keys: state.keys }),
    },
  ),
);
