"use client";

import type { ReactNode } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * Keeps the page's form controls disabled until React has hydrated them: text typed or a box ticked
 * before then is not in React's state, and the next render would wipe it.
 */
export function HydrationGate({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    // A fieldset only for its `disabled`, which reaches every control inside; no group for assistive tech.
    <fieldset role="presentation" disabled={!hydrated} className="contents">
      {children}
    </fieldset>
  );
}
