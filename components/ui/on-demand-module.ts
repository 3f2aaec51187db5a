"use client";

import { useEffect, useState } from "react";

/** A module fetched once, on first demand: a failed fetch (a network blip) is tried again by the next demand. */
export function moduleLoader<T>(load: () => Promise<T>) {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  const ensure = (): Promise<T> =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  return {
    /** The module if it has arrived, else null. */
    current: (): T | null => loaded,
    ensure,
    /** Starts fetching ahead of need; a failure is reported where the module is used. */
    preload: (): void => void ensure().catch(() => undefined),
  };
}

/**
 * Code kept out of the first load that has to show the moment it is needed, such as the views of a stream.
 * React.lazy suspends on its first render even when the code is already there, and React holds a Suspense
 * boundary's content back for a while once its fallback has shown: the first turn of a page appeared only
 * after its stream had ended. Here a preloaded module renders at once, and one still on its way renders as
 * soon as it arrives (null until then); `needed` false fetches nothing. Panels a person opens (menus, dialogs,
 * the Request tab) keep React.lazy and a fallback: a moment's wait after a click is expected there.
 */
export function onDemandModule<T>(load: () => Promise<T>) {
  const loader = moduleLoader(load);
  function useModule(needed: boolean): T | null {
    // The module itself lives in the loader; this state only renders again when it arrives, or when it failed.
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    const [, arrived] = useState(false);
    useEffect(() => {
      if (!needed || loader.current()) return;
      let mounted = true;
      loader.ensure().then(
        () => mounted && arrived(true),
        (error: unknown) => mounted && setFailure({ error }),
      );
      return () => {
        mounted = false;
      };
    }, [needed]);
    // As React.lazy does, a module that cannot load is an error for the nearest error boundary.
    if (failure) throw failure.error;
    return needed ? loader.current() : null;
  }
  return { preload: loader.preload, useModule };
}
