"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { recordTurnsToHistory } from "@/lib/history/record-turns";

/** One query client per browser tab, created on first render. */
export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { refetchOnWindowFocus: false } },
      }),
  );
  // App-wide, so a run keeps being recorded while the person looks at another page.
  useEffect(() => recordTurnsToHistory(), []);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
