import { useSyncExternalStore } from "react";

/** For values read from the browser that nothing changes later: nothing to subscribe to. */
export const noSubscription = () => () => undefined;

/** False in the server's render and while React hydrates it; true once the page runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
